using FitSaaS.Billing;
using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Testing;

namespace FitSaaS.Application.Tests.Billing;

/// <summary>
/// Memberships through their lifecycle: renewal (once per period, also when the job runs twice at once), dunning (past
/// due, debt refusing bookings, payment reinstating), cancellation with notice and minimum term, freezes.
/// </summary>
public abstract class MembershipLifecycleTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : MembershipLifecycleTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : MembershipLifecycleTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly BillingScenario _scenario = new(fixture);

    [Fact]
    public async Task RenewalJob_RunTwiceAtOnceAndAgain_BillsTheNextPeriodOnce_AndGrantsItsAllowanceOnce()
    {
        var gym = await _scenario.CreateGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var plan = await _scenario.CreateMonthlyAsync(gym.Tenant, allowance: 8);
        var start = BillingScenario.Today.AddDays(-31);
        var sale = await _scenario.SellAndPayAsync(gym.Tenant, member, plan.Id, start);

        await Task.WhenAll(_scenario.RunLifecycleJobAsync(gym.Tenant), _scenario.RunLifecycleJobAsync(gym.Tenant));
        await _scenario.RunLifecycleJobAsync(gym.Tenant);

        var membership = await _scenario.GetMembershipAsync(gym.Tenant, sale.Membership.Id);
        (membership.PeriodNumber, membership.CurrentPeriodStart, membership.CurrentPeriodEnd).ShouldBe((2, (DateOnly?)start.AddMonths(1), (DateOnly?)start.AddMonths(2)));
        var invoices = await _scenario.InvoicesOfAsync(gym.Tenant, member);
        invoices.Select(i => i.Number).ShouldBe(["INV-000002", "INV-000001"]);
        invoices[0].Lines.Single().ShouldSatisfyAllConditions(
            l => l.PeriodStart.ShouldBe(start.AddMonths(1)),
            l => l.Total.ShouldBe(8900));
        var balances = await _scenario.BalancesAsync(gym.Tenant, member, includeEnded: true);
        balances.Select(b => (b.ValidFrom, b.Granted)).ShouldBe([(start, 8), (start.AddMonths(1), 8)]);
    }

    [Fact]
    public async Task RenewalJob_RunTwiceAtOnceOverSeveralBatches_BillsEveryPeriodOnce_NumberedWithoutGaps()
    {
        var gym = await _scenario.CreateGymAsync();
        var plan = await _scenario.CreateMonthlyAsync(gym.Tenant, allowance: 8);
        var start = BillingScenario.Today.AddDays(-31);
        var count = (MembershipLifecycleJob.BatchSize * 2) + 7;
        var memberships = await _scenario.InsertActiveMembershipsAsync(gym.Tenant, plan.Id, count, start);

        await Task.WhenAll(_scenario.RunLifecycleJobAsync(gym.Tenant), _scenario.RunLifecycleJobAsync(gym.Tenant));
        await _scenario.RunLifecycleJobAsync(gym.Tenant);

        var invoices = await _scenario.AsAdminAsync<IInvoiceAppService, PagedResultDto<InvoiceDto>>(
            gym.Tenant, s => s.GetListAsync(new GetInvoiceListInput { MaxResultCount = 1000 }));
        invoices.Items.Select(i => i.Number).Order().ShouldBe(Enumerable.Range(1, count).Select(n => $"INV-{n:D6}"));
        invoices.Items.Select(i => i.MembershipId).Order().ShouldBe(memberships.Select(id => (Guid?)id).Order());
        var renewed = await _scenario.GetMembershipAsync(gym.Tenant, memberships[^1]);
        (renewed.PeriodNumber, renewed.CurrentPeriodStart).ShouldBe((2, (DateOnly?)start.AddMonths(1)));
        var balances = await _scenario.AsAdminAsync<IEntitlementAppService, PagedResultDto<EntitlementDto>>(
            gym.Tenant, s => s.GetListAsync(new GetEntitlementListInput { MemberId = renewed.MemberId, IncludeEnded = true }));
        balances.Items.Select(b => (b.ValidFrom, b.Granted)).ShouldBe([(start.AddMonths(1), 8)]);
    }

    [Fact]
    public async Task UnpaidRenewal_MakesItPastDueThenDebt_BookingIsRefused_AndPayingReinstatesIt()
    {
        var (gym, member, sale) = await InDebtAsync();
        var inDebt = await _scenario.GetMembershipAsync(gym.Tenant, sale.Membership.Id);
        var refused = await Should.ThrowAsync<BusinessException>(() => _scenario.Bookings.BookAsync(gym.Tenant, member, gym.Session.Id));
        var debts = await _scenario.AsAdminAsync<IDebtAppService, PagedResultDto<MemberDebtDto>>(gym.Tenant, s => s.GetListAsync(new GetDebtListInput()));
        var renewal = (await _scenario.InvoicesOfAsync(gym.Tenant, member)).First();
        await _scenario.PayAsync(gym.Tenant, renewal.Id, renewal.AmountDue, PaymentMethod.BankTransfer);
        var booking = await _scenario.Bookings.BookAsync(gym.Tenant, member, gym.Session.Id);

        (inDebt.Status, inDebt.PastDueSinceUtc).ShouldBe((MembershipStatus.Debt, renewal.DueAtUtc));
        refused.Code.ShouldBe(BillingErrorCodes.MemberInDebt);
        var debt = debts.Items.ShouldHaveSingleItem();
        (debt.MemberId, debt.AmountDue, debt.AmountOverdue).ShouldBe((member, 8900L, 8900L));
        (await _scenario.GetMembershipAsync(gym.Tenant, sale.Membership.Id)).Status.ShouldBe(MembershipStatus.Active);
        booking.Status.ShouldBe(BookingStatus.Confirmed);
    }

    [Fact]
    public async Task WriteOff_OfTheOverdueInvoice_ReinstatesTheMembership()
    {
        var (gym, member, sale) = await InDebtAsync();
        var renewal = (await _scenario.InvoicesOfAsync(gym.Tenant, member)).First();

        var written = await _scenario.AsAdminAsync<IInvoiceAppService, InvoiceDto>(gym.Tenant, s => s.WriteOffAsync(renewal.Id, new CloseInvoiceDto { Reason = "Moved abroad" }));

        (written.Status, written.AmountDue).ShouldBe((InvoiceStatus.Uncollectible, 8900L));
        (await _scenario.GetMembershipAsync(gym.Tenant, sale.Membership.Id)).Status.ShouldBe(MembershipStatus.Active);
    }

    [Fact]
    public async Task CancelAsync_WithNoticeAndMinimumTerm_TakesEffectAtTheLaterDate_AndTheMemberMaySeeIt()
    {
        var gym = await _scenario.CreateGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var plan = await _scenario.CreatePlanAsync(gym.Tenant, new CreatePlanDto
        {
            Name = "Annual contract", Kind = PlanKind.Membership, Price = 7900, Interval = BillingInterval.Month, MinimumTermMonths = 3,
        });
        var noticeOnly = await _scenario.CreateMonthlyAsync(gym.Tenant);
        var contract = await _scenario.SellAndPayAsync(gym.Tenant, member, plan.Id);
        var monthly = await _scenario.SellAndPayAsync(gym.Tenant, member, noticeOnly.Id);

        var a = await _scenario.AsMemberAsync<IMembershipAppService, MembershipDto>(gym.Tenant, member, s => s.CancelAsync(contract.Membership.Id, new CancelMembershipDto { Reason = "Moving" }));
        var b = await _scenario.AsMemberAsync<IMembershipAppService, MembershipDto>(gym.Tenant, member, s => s.CancelAsync(monthly.Membership.Id, new CancelMembershipDto()));

        a.CancelEffectiveDate.ShouldBe(BillingScenario.Today.AddMonths(3));
        b.CancelEffectiveDate.ShouldBe(BillingScenario.Today.AddDays(30));
        (a.Status, b.Status).ShouldBe((MembershipStatus.Active, MembershipStatus.Active));
    }

    [Fact]
    public async Task CancelAsync_APack_EndsItAtOnce_AndItsCreditsExpire()
    {
        var gym = await _scenario.CreateGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var pack = await _scenario.CreatePackAsync(gym.Tenant, credits: 6);
        var sale = await _scenario.SellAndPayAsync(gym.Tenant, member, pack.Id);

        var cancelled = await _scenario.AsAdminAsync<IMembershipAppService, MembershipDto>(gym.Tenant, s => s.CancelAsync(sale.Membership.Id, new CancelMembershipDto { Reason = "Refunded" }));

        cancelled.Status.ShouldBe(MembershipStatus.Cancelled);
        (await _scenario.BalancesAsync(gym.Tenant, member)).ShouldBeEmpty();
        var ended = (await _scenario.BalancesAsync(gym.Tenant, member, includeEnded: true)).ShouldHaveSingleItem();
        (ended.Expired, ended.Balance).ShouldBe((6, 0));
        await Should.ThrowAsync<BusinessException>(() => _scenario.Bookings.BookAsync(gym.Tenant, member, gym.Session.Id));
    }

    [Fact]
    public async Task FreezeAsync_MovesTheRenewalDate_RefusesBookingsInsideIt_AndBreakingARuleChangesNothing()
    {
        var gym = await _scenario.CreateGymAsync(startsAtUtc: DateTime.UtcNow.Date.AddDays(3).AddHours(12));
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var plan = await _scenario.CreateMonthlyAsync(gym.Tenant);
        var sale = await _scenario.SellAndPayAsync(gym.Tenant, member, plan.Id);
        var today = BillingScenario.Today;

        var tooLong = await Should.ThrowAsync<BusinessException>(() => _scenario.AsMemberAsync<IMembershipAppService, MembershipDto>(
            gym.Tenant, member, s => s.FreezeAsync(sale.Membership.Id, new FreezeMembershipDto { StartDate = today.AddDays(1), EndDate = today.AddDays(200) })));
        var frozen = await _scenario.AsMemberAsync<IMembershipAppService, MembershipDto>(
            gym.Tenant, member, s => s.FreezeAsync(sale.Membership.Id, new FreezeMembershipDto { StartDate = today.AddDays(2), EndDate = today.AddDays(11), Reason = "Holiday" }));
        var refused = await Should.ThrowAsync<BusinessException>(() => _scenario.Bookings.BookAsync(gym.Tenant, member, gym.Session.Id));

        tooLong.Code.ShouldBe(BillingErrorCodes.FreezeNotAllowed);
        tooLong.Details["rule"].ShouldBe("maxDays");
        frozen.CurrentPeriodEnd.ShouldBe(today.AddMonths(1).AddDays(10));
        frozen.Freezes.ShouldHaveSingleItem().Reason.ShouldBe("Holiday");
        refused.Code.ShouldBe(BillingErrorCodes.NoEntitlement);
    }

    [Fact]
    public async Task ChangePlanAsync_Upgrade_BillsTheProratedDifferenceAtOnce_AndGrantsTheNewAllowance()
    {
        var gym = await _scenario.CreateGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var eight = await _scenario.CreateMonthlyAsync(gym.Tenant, allowance: 8, price: 9000);
        var unlimited = await _scenario.CreateMonthlyAsync(gym.Tenant, price: 15000);
        var start = BillingScenario.Today.AddDays(-10);
        var sale = await _scenario.SellAndPayAsync(gym.Tenant, member, eight.Id, start);

        var change = await _scenario.AsMemberAsync<IMembershipAppService, ChangeMembershipPlanResultDto>(
            gym.Tenant, member, s => s.ChangePlanAsync(sale.Membership.Id, new ChangeMembershipPlanDto { PlanId = unlimited.Id }));

        var whole = start.AddMonths(1).DayNumber - start.DayNumber;
        var left = whole - 10;
        long Part(long price) => (long)Math.Round(price * (decimal)left / whole, MidpointRounding.AwayFromZero);
        (change.Membership.PlanId, change.Membership.Allowance, change.EffectiveDate).ShouldBe((unlimited.Id, (int?)null, BillingScenario.Today));
        var line = change.Invoice.ShouldNotBeNull().Lines.ShouldHaveSingleItem();
        (line.Kind, line.Total).ShouldBe((InvoiceLineKind.Proration, Part(15000) - Part(9000)));
        (await _scenario.BalancesAsync(gym.Tenant, member)).ShouldContain(b => b.Unlimited && b.ValidFrom == BillingScenario.Today);
    }

    [Fact]
    public async Task ChangePlanAsync_Downgrade_WaitsForThePeriodsEnd_ThenTheRenewalBillsTheNewPrice()
    {
        var gym = await _scenario.CreateGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var unlimited = await _scenario.CreateMonthlyAsync(gym.Tenant, price: 15000);
        var eight = await _scenario.CreateMonthlyAsync(gym.Tenant, allowance: 8, price: 9000);
        var start = BillingScenario.Today.AddDays(-31);
        var sale = await _scenario.SellAndPayAsync(gym.Tenant, member, unlimited.Id, start);

        var change = await _scenario.AsAdminAsync<IMembershipAppService, ChangeMembershipPlanResultDto>(
            gym.Tenant, s => s.ChangePlanAsync(sale.Membership.Id, new ChangeMembershipPlanDto { PlanId = eight.Id }));
        await _scenario.RunLifecycleJobAsync(gym.Tenant);

        (change.Invoice, change.Membership.ScheduledPlanId, change.EffectiveDate).ShouldBe(((InvoiceDto?)null, (Guid?)eight.Id, start.AddMonths(1)));
        var renewed = await _scenario.GetMembershipAsync(gym.Tenant, sale.Membership.Id);
        (renewed.PlanId, renewed.Allowance, renewed.ScheduledPlanId, renewed.PeriodNumber).ShouldBe((eight.Id, (int?)8, (Guid?)null, 2));
        (await _scenario.InvoicesOfAsync(gym.Tenant, member)).First().Total.ShouldBe(9000);
        var balances = await _scenario.BalancesAsync(gym.Tenant, member, includeEnded: true);
        balances.Single(b => b.Unlimited).ValidUntil.ShouldBe(start.AddMonths(1).AddDays(-1));
        balances.Single(b => !b.Unlimited).ShouldSatisfyAllConditions(b => b.Granted.ShouldBe(8), b => b.ValidFrom.ShouldBe(start.AddMonths(1)));
    }

    [Fact]
    public async Task ChangePlanAsync_ToAPackOrTheSamePlan_IsRefused_AndChangesNothing()
    {
        var gym = await _scenario.CreateGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var monthly = await _scenario.CreateMonthlyAsync(gym.Tenant);
        var pack = await _scenario.CreatePackAsync(gym.Tenant);
        var sale = await _scenario.SellAndPayAsync(gym.Tenant, member, monthly.Id);

        var toPack = await Should.ThrowAsync<BusinessException>(() => _scenario.AsAdminAsync<IMembershipAppService, ChangeMembershipPlanResultDto>(
            gym.Tenant, s => s.ChangePlanAsync(sale.Membership.Id, new ChangeMembershipPlanDto { PlanId = pack.Id })));
        var same = await Should.ThrowAsync<BusinessException>(() => _scenario.AsAdminAsync<IMembershipAppService, ChangeMembershipPlanResultDto>(
            gym.Tenant, s => s.ChangePlanAsync(sale.Membership.Id, new ChangeMembershipPlanDto { PlanId = monthly.Id })));

        (toPack.Code, same.Code).ShouldBe((BillingErrorCodes.InvalidPlanChange, BillingErrorCodes.InvalidPlanChange));
        var membership = await _scenario.GetMembershipAsync(gym.Tenant, sale.Membership.Id);
        (membership.PlanId, membership.ScheduledPlanId).ShouldBe((monthly.Id, (Guid?)null));
    }

    [Fact]
    public async Task Memberships_OfAnotherMember_AreNotFoundForAMember_AndTheListShowsTheirOwn()
    {
        var gym = await _scenario.CreateGymAsync();
        var (member, other) = (await _scenario.CreateMemberAsync(gym.Tenant), await _scenario.CreateMemberAsync(gym.Tenant));
        var plan = await _scenario.CreateMonthlyAsync(gym.Tenant);
        var sale = await _scenario.SellAsync(gym.Tenant, member, plan.Id);
        await _scenario.SellAsync(gym.Tenant, other, plan.Id);

        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.AsMemberAsync<IMembershipAppService, MembershipDto>(gym.Tenant, other, s => s.GetAsync(sale.Membership.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.AsMemberAsync<IInvoiceAppService, InvoiceDto>(gym.Tenant, other, s => s.GetAsync(sale.Invoice.Id)));
        await Should.ThrowAsync<AuthorizationException>(() => _scenario.AsMemberAsync<IMembershipAppService, SellMembershipResultDto>(
            gym.Tenant, member, s => s.CreateAsync(new CreateMembershipDto { MemberId = member, PlanId = plan.Id })));
        var own = await _scenario.AsMemberAsync<IMembershipAppService, PagedResultDto<MembershipDto>>(gym.Tenant, member, s => s.GetListAsync(new GetMembershipListInput()));

        own.Items.ShouldHaveSingleItem().Id.ShouldBe(sale.Membership.Id);
    }

    // A monthly member whose renewal is unpaid: due at once, no grace — the job's first run bills it, the second finds it overdue.
    private async Task<(FitSaaS.Application.Tests.Bookings.Gym Gym, Guid Member, SellMembershipResultDto Sale)> InDebtAsync()
    {
        var gym = await _scenario.CreateGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        await _scenario.SetSettingAsync(gym.Tenant, BillingSettingNames.InvoiceDueDays, "0");
        await _scenario.SetSettingAsync(gym.Tenant, BillingSettingNames.GraceDays, "0");
        var plan = await _scenario.CreateMonthlyAsync(gym.Tenant);
        var sale = await _scenario.SellAndPayAsync(gym.Tenant, member, plan.Id, BillingScenario.Today.AddDays(-31));
        await _scenario.RunLifecycleJobAsync(gym.Tenant);
        await _scenario.RunLifecycleJobAsync(gym.Tenant);
        return (gym, member, sale);
    }
}
