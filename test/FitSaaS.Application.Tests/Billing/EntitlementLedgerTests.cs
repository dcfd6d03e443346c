using FitSaaS.Application.Tests.Bookings;
using FitSaaS.Billing;
using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Billing;

/// <summary>
/// The entitlement ledger behind Bookings' guard: sales, payments, bookings consuming and refunding credits, forfeits,
/// fees and waivers — in-process and through the HTTP proxies, on the test lane's database.
/// </summary>
public abstract class EntitlementLedgerTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : EntitlementLedgerTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : EntitlementLedgerTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly BillingScenario _scenario = new(fixture);

    [Fact]
    public async Task SellAsync_Pack_IsPendingUntilItsInvoiceIsPaidInFull_ThenGrantsItsCredits()
    {
        var gym = await _scenario.CreateGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var pack = await _scenario.CreatePackAsync(gym.Tenant, credits: 10, price: 11700);

        var sale = await _scenario.SellAsync(gym.Tenant, member, pack.Id);
        await _scenario.PayAsync(gym.Tenant, sale.Invoice.Id, 4000);
        var partly = await _scenario.GetMembershipAsync(gym.Tenant, sale.Membership.Id);
        var balancesWhilePending = await _scenario.BalancesAsync(gym.Tenant, member);
        await _scenario.PayAsync(gym.Tenant, sale.Invoice.Id, 7700, PaymentMethod.CardTerminal);

        (sale.Membership.Status, sale.Invoice.Status, sale.Invoice.Number, sale.Invoice.Total, sale.Invoice.Tax).ShouldBe((MembershipStatus.Pending, InvoiceStatus.Open, "INV-000001", 11700L, 1700L));
        sale.Invoice.Lines.ShouldHaveSingleItem().Kind.ShouldBe(InvoiceLineKind.Plan);
        partly.Status.ShouldBe(MembershipStatus.Pending);
        balancesWhilePending.ShouldBeEmpty();
        var invoice = await _scenario.GetInvoiceAsync(gym.Tenant, sale.Invoice.Id);
        (invoice.Status, invoice.AmountPaid, invoice.AmountDue).ShouldBe((InvoiceStatus.Paid, 11700L, 0L));
        (await _scenario.GetMembershipAsync(gym.Tenant, sale.Membership.Id)).Status.ShouldBe(MembershipStatus.Active);
        var balance = (await _scenario.BalancesAsync(gym.Tenant, member)).ShouldHaveSingleItem();
        (balance.Granted, balance.Used, balance.Balance, balance.ValidFrom, balance.ValidUntil).ShouldBe((10, 0, 10, BillingScenario.Today, (DateOnly?)BillingScenario.Today.AddDays(59)));
    }

    [Fact]
    public async Task SellAsync_AFreePlan_IsPaidAndActiveAtOnce()
    {
        var gym = await _scenario.CreateGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var trial = await _scenario.CreatePlanAsync(gym.Tenant, new CreatePlanDto { Name = "Free trial class", Kind = PlanKind.DropIn, Price = 0, ValidityDays = 7, OncePerMember = true });

        var sale = await _scenario.SellAsync(gym.Tenant, member, trial.Id);
        var again = await Should.ThrowAsync<BusinessException>(() => _scenario.SellAsync(gym.Tenant, member, trial.Id));

        (sale.Invoice.Status, sale.Invoice.Total).ShouldBe((InvoiceStatus.Paid, 0L));
        (await _scenario.GetMembershipAsync(gym.Tenant, sale.Membership.Id)).Status.ShouldBe(MembershipStatus.Active);
        (await _scenario.BalancesAsync(gym.Tenant, member)).ShouldHaveSingleItem().Balance.ShouldBe(1);
        again.Code.ShouldBe(BillingErrorCodes.PlanAlreadyPurchased);
    }

    [Fact]
    public async Task Booking_ConsumesACredit_ATimelyCancelGivesItBack_AndTheLedgerTellsBoth()
    {
        var gym = await _scenario.CreateGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var pack = await _scenario.CreatePackAsync(gym.Tenant, credits: 10);
        await _scenario.SellAndPayAsync(gym.Tenant, member, pack.Id);

        var booking = await _scenario.Bookings.BookAsync(gym.Tenant, member, gym.Session.Id);
        var afterBooking = (await _scenario.BalancesAsync(gym.Tenant, member)).Single().Balance;
        await _scenario.Bookings.CancelAsync(gym.Tenant, member, booking.Id);

        afterBooking.ShouldBe(9);
        (await _scenario.BalancesAsync(gym.Tenant, member)).Single().Balance.ShouldBe(10);
        var ledger = await _scenario.LedgerAsync(gym.Tenant, member);
        ledger.Select(e => (e.Action, e.Quantity)).ShouldBe([(EntitlementAction.Refund, 1), (EntitlementAction.Consume, -1), (EntitlementAction.Grant, 10)]);
        ledger.Take(2).ShouldAllBe(e => e.BookingId == booking.Id);
    }

    [Fact]
    public async Task Booking_WithoutAnEntitlement_IsRefused_AndNothingIsBooked()
    {
        var gym = await _scenario.CreateGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        await _scenario.CreatePackAsync(gym.Tenant);

        var ex = await Should.ThrowAsync<BusinessException>(() => _scenario.Bookings.BookAsync(gym.Tenant, member, gym.Session.Id));

        ex.Code.ShouldBe(BillingErrorCodes.NoEntitlement);
        ex.Details["classSessionId"]?.ToString().ShouldBe(gym.Session.Id.ToString());
        var session = await _scenario.Bookings.GetSessionAsync(gym.Tenant, gym.Session.Id);
        session.ConfirmedCount.ShouldBe(0);
        var bookings = await _scenario.AsAdminAsync<IBookingAppService, PagedResultDto<BookingDto>>(gym.Tenant, s => s.GetListAsync(new GetBookingListInput { MemberId = member }));
        bookings.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Booking_AClassNoPlanCovers_IsFree()
    {
        var gym = await _scenario.CreateGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var yoga = await _scenario.AsAdminAsync<IClassTypeAppService, ClassTypeDto>(gym.Tenant, s => s.CreateAsync(new CreateClassTypeDto { Name = "Yoga", DefaultCapacity = 10, DurationMinutes = 60 }));
        await _scenario.CreatePlanAsync(gym.Tenant, new CreatePlanDto { Name = "Yoga pass", Kind = PlanKind.Membership, Price = 3000, Interval = BillingInterval.Month, ClassTypeIds = [yoga.Id] });

        var booking = await _scenario.Bookings.BookAsync(gym.Tenant, member, gym.Session.Id);

        booking.Status.ShouldBe(BookingStatus.Confirmed);
        (await _scenario.LedgerAsync(gym.Tenant, member)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Selling_ASecondFirstUsePack_IsRefused_UntilTheFirstIsUsed()
    {
        var gym = await _scenario.CreateGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var pack = await _scenario.CreatePackAsync(gym.Tenant, credits: 5, validityDays: 30, activation: PackActivation.OnFirstUse);
        await _scenario.SellAndPayAsync(gym.Tenant, member, pack.Id);

        var refused = await Should.ThrowAsync<BusinessException>(() => _scenario.SellAsync(gym.Tenant, member, pack.Id));

        refused.Code.ShouldBe(BillingErrorCodes.FirstUsePackPending);
        (await _scenario.InvoicesOfAsync(gym.Tenant, member)).Count.ShouldBe(1);
        await _scenario.Bookings.BookAsync(gym.Tenant, member, gym.Session.Id);
        var second = await _scenario.SellAsync(gym.Tenant, member, pack.Id);
        second.Membership.Status.ShouldBe(MembershipStatus.Pending);
    }

    [Fact]
    public async Task Booking_FollowsPlanCoverageAtOnce_WhenAPlanIsCreatedAndDeleted()
    {
        // The guard caches the tenant's plan coverage (PlanCoverageProvider): the first booking fills the cache with
        // "no plan covers this class"; creating a plan that covers it must refuse the next booking at once, and deleting it
        // must make the class free again — nothing waits for the cache to expire.
        var gym = await _scenario.CreateGymAsync();
        var (first, second, third) = (await _scenario.CreateMemberAsync(gym.Tenant), await _scenario.CreateMemberAsync(gym.Tenant), await _scenario.CreateMemberAsync(gym.Tenant));
        (await _scenario.Bookings.BookAsync(gym.Tenant, first, gym.Session.Id)).Status.ShouldBe(BookingStatus.Confirmed);

        var plan = await _scenario.CreatePlanAsync(gym.Tenant, new CreatePlanDto { Name = "Spin pass", Kind = PlanKind.Membership, Price = 3000, Interval = BillingInterval.Month, ClassTypeIds = [gym.ClassType.Id] });
        var refused = await Should.ThrowAsync<BusinessException>(() => _scenario.Bookings.BookAsync(gym.Tenant, second, gym.Session.Id));
        refused.Code.ShouldBe(BillingErrorCodes.NoEntitlement);

        await _scenario.AsAdminAsync<IPlanAppService, bool>(gym.Tenant, async s =>
        {
            await s.DeleteAsync(plan.Id);
            return true;
        });
        (await _scenario.Bookings.BookAsync(gym.Tenant, third, gym.Session.Id)).Status.ShouldBe(BookingStatus.Confirmed);
        (await _scenario.LedgerAsync(gym.Tenant, third)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Booking_ASessionAfterThePacksLastDay_IsRefused_EvenThoughThePackIsValidToday()
    {
        var gym = await _scenario.CreateGymAsync(startsAtUtc: DateTime.UtcNow.AddDays(3));
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var pack = await _scenario.CreatePackAsync(gym.Tenant, credits: 5, validityDays: 1);
        await _scenario.SellAndPayAsync(gym.Tenant, member, pack.Id);

        var ex = await Should.ThrowAsync<BusinessException>(() => _scenario.Bookings.BookAsync(gym.Tenant, member, gym.Session.Id));

        ex.Code.ShouldBe(BillingErrorCodes.NoEntitlement);
        (await _scenario.BalancesAsync(gym.Tenant, member)).Single().Balance.ShouldBe(5);
    }

    [Fact]
    public async Task Booking_TakesTheEarliestExpiringCredit_AndAnUnlimitedMembershipBeforeAnyCredit()
    {
        var gym = await _scenario.CreateGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var longPack = await _scenario.CreatePackAsync(gym.Tenant, credits: 5, validityDays: 90);
        var shortPack = await _scenario.CreatePackAsync(gym.Tenant, credits: 5, validityDays: 10);
        await _scenario.SellAndPayAsync(gym.Tenant, member, longPack.Id);
        await _scenario.SellAndPayAsync(gym.Tenant, member, shortPack.Id);

        await _scenario.Bookings.BookAsync(gym.Tenant, member, gym.Session.Id);
        var afterFirst = await _scenario.BalancesAsync(gym.Tenant, member);
        var unlimited = await _scenario.CreateMonthlyAsync(gym.Tenant);
        await _scenario.SellAndPayAsync(gym.Tenant, member, unlimited.Id);
        var second = await _scenario.Bookings.CreateSessionAsync(gym, DateTime.UtcNow.AddDays(1));
        await _scenario.Bookings.BookAsync(gym.Tenant, member, second.Id);
        var afterSecond = await _scenario.BalancesAsync(gym.Tenant, member);

        afterFirst.Select(b => (b.ValidUntil, b.Balance)).ShouldBe([(BillingScenario.Today.AddDays(9), 4), (BillingScenario.Today.AddDays(89), 5)]);
        afterSecond.Where(b => !b.Unlimited).Select(b => b.Balance).ShouldBe([4, 5]);
        (await _scenario.LedgerAsync(gym.Tenant, member)).First().ShouldSatisfyAllConditions(
            e => e.Action.ShouldBe(EntitlementAction.Consume),
            e => e.Quantity.ShouldBe(0),
            e => e.EntitlementId.ShouldBe(afterSecond.Single(b => b.Unlimited).Id));
    }

    [Fact]
    public async Task Promotion_SkipsAWaitlistedMemberWhoseCreditIsGone_AndPromotesTheNextWhoHasOne()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 1);
        var (seated, spent, next) = (await _scenario.CreateMemberAsync(gym.Tenant), await _scenario.CreateMemberAsync(gym.Tenant), await _scenario.CreateMemberAsync(gym.Tenant));
        var single = await _scenario.CreatePackAsync(gym.Tenant, credits: 1);
        var pack = await _scenario.CreatePackAsync(gym.Tenant, credits: 5);
        await _scenario.SellAndPayAsync(gym.Tenant, seated, pack.Id);
        await _scenario.SellAndPayAsync(gym.Tenant, spent, single.Id);
        await _scenario.SellAndPayAsync(gym.Tenant, next, pack.Id);
        var seat = await _scenario.Bookings.BookAsync(gym.Tenant, seated, gym.Session.Id);
        var waiting = await _scenario.Bookings.BookAsync(gym.Tenant, spent, gym.Session.Id);
        var other = await _scenario.Bookings.CreateSessionAsync(gym, DateTime.UtcNow.AddDays(1));
        await _scenario.Bookings.BookAsync(gym.Tenant, spent, other.Id);
        var behind = await _scenario.Bookings.BookAsync(gym.Tenant, next, gym.Session.Id);

        await _scenario.Bookings.CancelAsync(gym.Tenant, seated, seat.Id);

        (waiting.Status, behind.Status).ShouldBe((BookingStatus.Waitlisted, BookingStatus.Waitlisted));
        var bookings = (await _scenario.AsAdminAsync<IBookingAppService, PagedResultDto<BookingDto>>(
            gym.Tenant, s => s.GetListAsync(new GetBookingListInput { ClassSessionId = gym.Session.Id }))).Items;
        bookings.Single(b => b.Id == waiting.Id).ShouldSatisfyAllConditions(b => b.Status.ShouldBe(BookingStatus.Waitlisted), b => b.WaitlistPosition.ShouldBe(1));
        bookings.Single(b => b.Id == behind.Id).Status.ShouldBe(BookingStatus.Confirmed);
        (await _scenario.BalancesAsync(gym.Tenant, next)).Single().Balance.ShouldBe(4);
        (await _scenario.BalancesAsync(gym.Tenant, spent)).Single().Balance.ShouldBe(0);
    }

    [Fact]
    public async Task LateCancel_ForfeitsTheCredit_AndStaffCanWaiveIt()
    {
        var gym = await _scenario.CreateGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        await _scenario.Bookings.SetTenantSettingAsync(gym.Tenant, BookingsSettingNames.FreeCancellationMinutes, 4 * 24 * 60);
        var pack = await _scenario.CreatePackAsync(gym.Tenant, credits: 3);
        await _scenario.SellAndPayAsync(gym.Tenant, member, pack.Id);
        var booking = await _scenario.Bookings.BookAsync(gym.Tenant, member, gym.Session.Id);

        var cancelled = await _scenario.Bookings.CancelAsync(gym.Tenant, member, booking.Id);
        var afterLateCancel = (await _scenario.BalancesAsync(gym.Tenant, member)).Single().Balance;
        var noReason = await Should.ThrowAsync<Exception>(() => Waive(gym, booking.Id, " "));
        var waived = await Waive(gym, booking.Id, "Flat tyre, first time");
        var again = await Waive(gym, booking.Id, "Twice?");

        cancelled.Status.ShouldBe(BookingStatus.LateCancelled);
        afterLateCancel.ShouldBe(2);
        noReason.ShouldNotBeNull();
        (waived.Waived, again.Waived).ShouldBe((true, false));
        (await _scenario.BalancesAsync(gym.Tenant, member)).Single().Balance.ShouldBe(3);
        (await _scenario.LedgerAsync(gym.Tenant, member)).Take(3).Select(e => (e.Action, e.Quantity)).ShouldBe(
            [(EntitlementAction.Refund, 1), (EntitlementAction.Forfeit, 0), (EntitlementAction.Consume, -1)]);
    }

    [Fact]
    public async Task NoShow_OnAnUnlimitedPlan_AddsTheTenantsFeeAsAPenaltyInvoice_Once()
    {
        var (gym, member, booking) = await UnlimitedMemberBookedAsync();

        var afterEnd = gym.Session.StartsAtUtc.AddHours(4);
        var marked = await MarkNoShowsAsync(gym, afterEnd);
        var markedAgain = await MarkNoShowsAsync(gym, afterEnd.AddMinutes(1));

        (marked, markedAgain).ShouldBe((1, 0));
        var penalty = (await _scenario.InvoicesOfAsync(gym.Tenant, member)).Where(i => i.Lines.Any(l => l.Kind == InvoiceLineKind.Penalty)).ShouldHaveSingleItem();
        (penalty.Status, penalty.Total, penalty.Lines.Single().Description).ShouldBe((InvoiceStatus.Open, 1500L, "No-show fee"));
        (await _scenario.LedgerAsync(gym.Tenant, member)).First().ShouldSatisfyAllConditions(
            e => e.Action.ShouldBe(EntitlementAction.Forfeit),
            e => e.BookingId.ShouldBe(booking.Id));
    }

    [Fact]
    public async Task WaivePenalty_OfANoShowFee_VoidsTheUnpaidPenaltyInvoice()
    {
        var (gym, member, booking) = await UnlimitedMemberBookedAsync();
        await MarkNoShowsAsync(gym, gym.Session.StartsAtUtc.AddHours(4));

        var waived = await Waive(gym, booking.Id, "Was there, forgot to check in");

        waived.Waived.ShouldBeTrue();
        var penalty = (await _scenario.InvoicesOfAsync(gym.Tenant, member)).Single(i => i.Lines.Any(l => l.Kind == InvoiceLineKind.Penalty));
        (penalty.Status, penalty.AmountDue, penalty.ClosedReason).ShouldBe((InvoiceStatus.Void, 0L, "Was there, forgot to check in"));
    }

    [Fact]
    public async Task Ledger_OfAnotherMember_IsForbiddenToAMember_AndStaffSeeIt()
    {
        var gym = await _scenario.CreateGymAsync();
        var (member, other) = (await _scenario.CreateMemberAsync(gym.Tenant), await _scenario.CreateMemberAsync(gym.Tenant));
        var pack = await _scenario.CreatePackAsync(gym.Tenant, credits: 4);
        await _scenario.SellAndPayAsync(gym.Tenant, member, pack.Id);

        await Should.ThrowAsync<AuthorizationException>(() => _scenario.AsMemberAsync<IEntitlementAppService, PagedResultDto<EntitlementDto>>(
            gym.Tenant, other, s => s.GetListAsync(new GetEntitlementListInput { MemberId = member })));
        var ownOfOther = await _scenario.BalancesAsync(gym.Tenant, other);
        var staffView = await _scenario.AsAdminAsync<IEntitlementAppService, PagedResultDto<EntitlementDto>>(
            gym.Tenant, s => s.GetListAsync(new GetEntitlementListInput { MemberId = member }));

        ownOfOther.ShouldBeEmpty();
        staffView.Items.ShouldHaveSingleItem().Balance.ShouldBe(4);
    }

    // An unlimited member (no-show fee 1500) booked on a session starting in 5 minutes. The membership starts on the
    // session's date in the location's zone: the tenants' billing calendar is UTC, so between 00:00 and 05:00 UTC
    // "today" is already the day after the New York session's.
    private async Task<(Gym Gym, Guid Member, BookingDto Booking)> UnlimitedMemberBookedAsync()
    {
        var gym = await _scenario.CreateGymAsync(startsAtUtc: DateTime.UtcNow.AddMinutes(5));
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        await _scenario.SetSettingAsync(gym.Tenant, BillingSettingNames.NoShowFee, "1500");
        var unlimited = await _scenario.CreateMonthlyAsync(gym.Tenant);
        await _scenario.SellAndPayAsync(gym.Tenant, member, unlimited.Id, Location.ToLocalDate(gym.Session.StartsAtUtc, gym.Location.TimeZoneId));
        return (gym, member, await _scenario.Bookings.BookAsync(gym.Tenant, member, gym.Session.Id));
    }

    private Task<WaivePenaltyResultDto> Waive(Gym gym, Guid bookingId, string reason) =>
        _scenario.AsAdminAsync<IEntitlementAppService, WaivePenaltyResultDto>(gym.Tenant, s => s.WaivePenaltyAsync(new WaivePenaltyDto { BookingId = bookingId, Reason = reason }));

    // The no-show sweep of the session at a later instant (the job's clock is real; the manager takes the instant).
    private async Task<int> MarkNoShowsAsync(Gym gym, DateTime now)
    {
        using var tenant = fixture.Services.GetRequiredService<ICurrentTenant>().Change(gym.Tenant.Id);
        await using var scope = fixture.CreateScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        var marked = await scope.ServiceProvider.GetRequiredService<BookingManager>().MarkNoShowsAsync(gym.Session.Id, now, TimeSpan.FromMinutes(120), TestContext.Current.CancellationToken);
        await unitOfWork.CompleteAsync();
        return marked;
    }
}
