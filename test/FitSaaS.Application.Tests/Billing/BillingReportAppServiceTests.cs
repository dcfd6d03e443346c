using System.Globalization;
using FitSaaS.Billing;
using FitSaaS.Bookings;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Identity;
using FitSaaS.SettingManagement;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Billing;

/// <summary>The financial report over a known set of plans, sales, payments, a refund and penalties, in-process and through the HTTP proxies.</summary>
public abstract class BillingReportAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : BillingReportAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : BillingReportAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    // Tokyo has no daylight saving time: local midnight is 15:00Z the day before, all year.
    private const string Zone = "Asia/Tokyo";
    private static readonly TimeZoneInfo s_zone = TimeZoneInfo.FindSystemTimeZoneById(Zone);

    [Fact]
    public async Task GetAsync_KnownSalesPaymentsRefundAndPenalties_ReportsEveryFigure_AndRowsAddUpToTotals()
    {
        var world = await CreateWorldAsync();
        // Another gym's sales, payments and members never show in the first gym's report.
        await CreateWorldAsync();

        var report = await ReportAsync(world.Tenant, world.FromDate, world.ToDate);

        (report.FromDate, report.ToDate, report.TimeZoneId, report.Currency).ShouldBe((world.FromDate, world.ToDate, Zone, "USD"));
        report.FromUtc.ShouldBe(world.FromDate.ToDateTime(TimeOnly.MinValue).AddHours(-9));
        report.ToUtc.ShouldBe(world.ToDate.AddDays(1).ToDateTime(TimeOnly.MinValue).AddHours(-9));
        report.Rows.Select(r => (r.Month, r.PlanId, r.PlanName, r.Invoiced, r.Tax, r.Collected, r.Refunded)).ShouldBe(world.ExpectedRows());
        (report.Totals.Invoiced, report.Totals.Tax, report.Totals.Collected, report.Totals.Refunded).ShouldBe((143_200L, 12_910L, 101_200L, 1_500L));
        (report.Totals.Invoiced, report.Totals.Tax, report.Totals.Collected, report.Totals.Refunded).ShouldBe(
            (report.Rows.Sum(r => r.Invoiced), report.Rows.Sum(r => r.Tax), report.Rows.Sum(r => r.Collected), report.Rows.Sum(r => r.Refunded)));
        // Monthly 5000 + 5000, every 2 weeks 1000 × 52 / 24 = 2166.67, yearly 60000 / 12 = 5000: 17166.67, rounded half up.
        report.MonthlyRecurringRevenue.ShouldBe(17_167);
        (report.ActiveMembers, report.LiveMembershipsAtStart, report.NewMemberships, report.ChurnedMemberships, report.ChurnRateBasisPoints)
            .ShouldBe((5, 3, 3, 1, 3_333));
        (report.OutstandingDebt, report.OverdueDebt).ShouldBe((40_500L, 40_000L));
        report.PenaltyIncome.ShouldBe(700);
    }

    [Fact]
    public async Task GetAsync_RangeBeforeTheSales_HasNoRevenue_ButTheDebtsOfNow()
    {
        var world = await CreateWorldAsync();
        var toDate = world.FromDate.AddDays(-60);

        var report = await ReportAsync(world.Tenant, toDate.AddDays(-30), toDate);

        report.Rows.ShouldBeEmpty();
        (report.Totals.Invoiced, report.Totals.Tax, report.Totals.Collected, report.Totals.Refunded).ShouldBe((0L, 0L, 0L, 0L));
        (report.MonthlyRecurringRevenue, report.ActiveMembers, report.LiveMembershipsAtStart, report.NewMemberships, report.ChurnedMemberships,
            report.ChurnRateBasisPoints, report.PenaltyIncome).ShouldBe((0L, 0, 0, 0, 0, 0, 0L));
        (report.OutstandingDebt, report.OverdueDebt).ShouldBe((40_500L, 40_000L));
    }

    [Fact]
    public async Task GetAsync_AnotherTenant_SeesNothingOfTheFirstTenantsBilling()
    {
        var world = await CreateWorldAsync();
        var other = await fixture.CreateTenantAsync();

        var report = await ReportAsync(other, world.FromDate, world.ToDate);

        report.Rows.ShouldBeEmpty();
        (report.Totals.Invoiced, report.Totals.Collected, report.Totals.Refunded).ShouldBe((0L, 0L, 0L));
        (report.MonthlyRecurringRevenue, report.ActiveMembers, report.LiveMembershipsAtStart, report.NewMemberships, report.ChurnedMemberships,
            report.OutstandingDebt, report.OverdueDebt, report.PenaltyIncome).ShouldBe((0L, 0, 0, 0, 0, 0L, 0L, 0L));
    }

    [Fact]
    public async Task GetAsync_RangeLongerThan366Days_OrReversed_ThrowsInvalidReportRange_And366DaysIsAccepted()
    {
        var tenant = await fixture.CreateTenantAsync();
        var from = new DateOnly(2024, 1, 1);

        var tooLong = await Should.ThrowAsync<BusinessException>(() => ReportAsync(tenant, from, from.AddDays(366)));
        var reversed = await Should.ThrowAsync<BusinessException>(() => ReportAsync(tenant, from, from.AddDays(-1)));
        var longest = await ReportAsync(tenant, from, from.AddDays(365));
        var oneDay = await ReportAsync(tenant, from, from);

        tooLong.Code.ShouldBe(BillingErrorCodes.InvalidReportRange);
        reversed.Code.ShouldBe(BillingErrorCodes.InvalidReportRange);
        (longest.FromDate, longest.ToDate).ShouldBe((from, new DateOnly(2024, 12, 31)));
        longest.Rows.ShouldBeEmpty();
        (oneDay.FromDate, oneDay.ToDate).ShouldBe((from, from));
    }

    [Fact]
    public async Task GetAsync_AsMember_IsForbidden_AsStaff_IsAllowed()
    {
        var tenant = await fixture.CreateTenantAsync();
        var member = await fixture.CreateUserAsync(tenant.Id, $"member-{Guid.NewGuid():N}"[..20], IdentityConsts.MemberRole);
        var staff = await fixture.CreateUserAsync(tenant.Id, $"staff-{Guid.NewGuid():N}"[..20], IdentityConsts.StaffRole);
        var input = new GetBillingReportInput { FromDate = new DateOnly(2026, 1, 1), ToDate = new DateOnly(2026, 1, 31) };

        await Should.ThrowAsync<AuthorizationException>(() => AsAsync<IBillingReportAppService, BillingReportDto>(
            tenant.Id, member, IdentityConsts.MemberRole, s => s.GetAsync(input)));
        var report = await AsAsync<IBillingReportAppService, BillingReportDto>(tenant.Id, staff, IdentityConsts.StaffRole, s => s.GetAsync(input));

        report.Rows.ShouldBeEmpty();
    }

    [Fact]
    public void MonthlyRecurringRevenue_NormalizesEachPeriodToAMonth_AndRoundsTheExactSumOnceHalfUp()
    {
        BillingReportAppService.MonthlyRecurringRevenue([]).ShouldBe(0);
        BillingReportAppService.MonthlyRecurringRevenue([new RecurringPriceGroup(BillingInterval.Month, 3, 1, 1000)]).ShouldBe(333);
        BillingReportAppService.MonthlyRecurringRevenue([new RecurringPriceGroup(BillingInterval.Month, 2, 1, 1001)]).ShouldBe(501); // 500.5
        BillingReportAppService.MonthlyRecurringRevenue([new RecurringPriceGroup(BillingInterval.Week, 1, 1, 300)]).ShouldBe(1300); // 300 × 52 / 12
        BillingReportAppService.MonthlyRecurringRevenue([new RecurringPriceGroup(BillingInterval.Year, 2, 1, 1000)]).ShouldBe(42); // 41.67
        // 1/3 + 1/3 + 1/3 of a unit: 1 once summed exactly (rounding each would give 0).
        BillingReportAppService.MonthlyRecurringRevenue(
            [new RecurringPriceGroup(BillingInterval.Month, 3, 1, 1), new RecurringPriceGroup(BillingInterval.Year, 4, 1, 16)]).ShouldBe(1);
    }

    private Task<BillingReportDto> ReportAsync(TestTenant tenant, DateOnly from, DateOnly to) =>
        AsAdminAsync<IBillingReportAppService, BillingReportDto>(tenant, s => s.GetAsync(new GetBillingReportInput { FromDate = from, ToDate = to }));

    /// <summary>
    /// A gym in Tokyo (USD) with four plans and eight members, reported over today ± 30 days:
    /// <list type="bullet">
    /// <item>m1, m2: Monthly (5000 + 20 % tax = 6000), paid; m2 gets 1500 refunded. m8: Monthly, its invoice voided (never counts).</item>
    /// <item>m3, m6: Fortnightly (1000 every 2 weeks, no tax), paid; m6 had been active before the range and was cancelled in it.</item>
    /// <item>m4, m7: Annual (60000 tax included at 10 %: tax 5455); m4 paid 20000 of it (pending, 40000 overdue), m7 all.</item>
    /// <item>m5: a 10-class pack (8000), paid.</item>
    /// <item>Penalties: 700 for m1, paid; 500 for m3, open.</item>
    /// <item>m1, m6 and m7 were activated before the range (3 live at its start).</item>
    /// </list>
    /// </summary>
    private async Task<World> CreateWorldAsync()
    {
        var tenant = await fixture.CreateTenantAsync();
        await SetTenantSettingAsync(tenant, BookingsSettingNames.DefaultTimeZone, Zone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, s_zone));
        var world = new World(tenant, today.AddDays(-30), today.AddDays(30));
        var monthly = await PlanAsync(tenant, "Monthly", PlanKind.Membership, 5000, 20m, TaxMode.Exclusive, BillingInterval.Month, 1);
        var fortnightly = await PlanAsync(tenant, "Fortnightly", PlanKind.Membership, 1000, 0m, TaxMode.Exclusive, BillingInterval.Week, 2);
        var annual = await PlanAsync(tenant, "Annual", PlanKind.Membership, 60_000, 10m, TaxMode.Inclusive, BillingInterval.Year, 1);
        var pack = await PlanAsync(tenant, "10-class pack", PlanKind.ClassPack, 8000, 0m, TaxMode.Exclusive, null, null);
        var m = new List<Guid>();
        for (var i = 1; i <= 8; i++)
        {
            m.Add(await fixture.CreateUserAsync(tenant.Id, $"m{i}-{Guid.NewGuid():N}"[..20], IdentityConsts.MemberRole));
        }

        var m1 = await SellAndPayAsync(world, m[0], monthly, 6000);
        var m2 = await SellAndPayAsync(world, m[1], monthly, 6000);
        await RefundAsync(world, m2.Payment!, 1500, monthly);
        var m3 = await SellAndPayAsync(world, m[2], fortnightly, 1000);
        var m4 = await SellAndPayAsync(world, m[3], annual, 20_000);
        await SellAndPayAsync(world, m[4], pack, 8000);
        var m6 = await SellAndPayAsync(world, m[5], fortnightly, 1000);
        var m7 = await SellAndPayAsync(world, m[6], annual, 60_000);
        var m8 = await SellAsync(tenant, m[7], monthly.Id);
        await AsAdminAsync<IInvoiceAppService, InvoiceDto>(tenant, s => s.VoidAsync(m8.Invoice.Id, new CloseInvoiceDto { Reason = "sold by mistake" }));
        var paidPenalty = await IssuePenaltyAsync(tenant.Id, m[0], m1.Sale.Membership.Id, 700);
        world.AddInvoice(paidPenalty, null);
        world.AddPayment(await PayAsync(tenant, paidPenalty.Id, 700), null);
        world.AddInvoice(await IssuePenaltyAsync(tenant.Id, m[2], m3.Sale.Membership.Id, 500), null);

        // Before the range: activated 35 days before its first day (the lifecycle would have ended m6 at its cancellation's date).
        var before = world.FromDate.AddDays(-35).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        await UpdateAsync<Membership>(tenant.Id, m1.Sale.Membership.Id, u => u.SetProperty(x => x.ActivatedAtUtc, before));
        await UpdateAsync<Membership>(tenant.Id, m7.Sale.Membership.Id, u => u.SetProperty(x => x.ActivatedAtUtc, before));
        await UpdateAsync<Membership>(tenant.Id, m6.Sale.Membership.Id, u => u
            .SetProperty(x => x.ActivatedAtUtc, before)
            .SetProperty(x => x.Status, MembershipStatus.Cancelled)
            .SetProperty(x => x.EndedAtUtc, DateTime.UtcNow));
        // m4's unpaid rest is past its due date.
        await UpdateAsync<Invoice>(tenant.Id, m4.Sale.Invoice.Id, u => u.SetProperty(x => x.DueAtUtc, DateTime.UtcNow.AddDays(-1)));
        return world;
    }

    private async Task<PlanDto> PlanAsync(
        TestTenant tenant, string name, PlanKind kind, long price, decimal taxRate, TaxMode taxMode, BillingInterval? interval, int? intervalCount) =>
        await AsAdminAsync<IPlanAppService, PlanDto>(tenant, s => s.CreateAsync(new CreatePlanDto
        {
            Name = name,
            Kind = kind,
            Price = price,
            TaxRatePercent = taxRate,
            TaxMode = taxMode,
            Interval = interval,
            IntervalCount = intervalCount,
            Credits = kind == PlanKind.ClassPack ? 10 : null,
            ValidityDays = kind == PlanKind.ClassPack ? 90 : null,
            Activation = kind == PlanKind.ClassPack ? PackActivation.OnPurchase : null,
        }));

    private Task<SellMembershipResultDto> SellAsync(TestTenant tenant, Guid memberId, Guid planId) =>
        AsAdminAsync<IMembershipAppService, SellMembershipResultDto>(tenant, s => s.CreateAsync(new CreateMembershipDto { MemberId = memberId, PlanId = planId }));

    private Task<PaymentDto> PayAsync(TestTenant tenant, Guid invoiceId, long amount) =>
        AsAdminAsync<IPaymentAppService, PaymentDto>(tenant, s => s.CreateAsync(new CreatePaymentDto { InvoiceId = invoiceId, Amount = amount, Method = PaymentMethod.Cash }));

    private async Task<(SellMembershipResultDto Sale, PaymentDto? Payment)> SellAndPayAsync(World world, Guid memberId, PlanDto plan, long amount)
    {
        var sale = await SellAsync(world.Tenant, memberId, plan.Id);
        world.AddInvoice(sale.Invoice, plan);
        var payment = await PayAsync(world.Tenant, sale.Invoice.Id, amount);
        world.AddPayment(payment, plan);
        return (sale, payment);
    }

    private async Task RefundAsync(World world, PaymentDto payment, long amount, PlanDto plan)
    {
        await AsAdminAsync<IPaymentAppService, CreditNoteDto>(world.Tenant, s => s.RefundAsync(payment.Id, new RefundPaymentDto { Amount = amount, Reason = "goodwill" }));
        var refunded = await AsAdminAsync<IPaymentAppService, PaymentDto>(world.Tenant, s => s.GetAsync(payment.Id));
        world.AddRefund(refunded.Refunds.ShouldHaveSingleItem(), plan);
    }

    // A no-show penalty as the entitlement manager issues it (its own invoice with one penalty line, for the membership).
    private async Task<InvoiceDto> IssuePenaltyAsync(Guid tenantId, Guid memberId, Guid membershipId, long amount)
    {
        using (fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            await using var scope = fixture.Services.CreateAsyncScope();
            await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
            var invoice = await scope.ServiceProvider.GetRequiredService<InvoiceManager>().IssueAsync(
                memberId, membershipId, "USD", [new InvoiceLineDraft(InvoiceLineKind.Penalty, "No-show fee", amount)],
                $"test:{Guid.NewGuid():N}:penalty", DateTime.UtcNow, TestContext.Current.CancellationToken);
            await unitOfWork.CompleteAsync(TestContext.Current.CancellationToken);
            return new InvoiceDto { Id = invoice.Id, Total = invoice.Total, Tax = invoice.Tax, IssuedAtUtc = invoice.IssuedAtUtc };
        }
    }

    private async Task UpdateAsync<TEntity>(
        Guid tenantId, Guid id, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<TEntity>> setters)
        where TEntity : FitSaaS.Framework.Domain.Entity<Guid>
    {
        using var tenant = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
        (await db.Set<TEntity>().Where(e => e.Id == id).ExecuteUpdateAsync(setters, TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    private Task SetTenantSettingAsync(TestTenant tenant, string name, string value) =>
        AsAdminAsync<ISettingAppService, IReadOnlyList<SettingDto>>(tenant, s => s.UpdateTenantAsync(new UpdateSettingsDto
        {
            Settings = [new UpdateSettingValueDto { Name = name, Value = value }],
        }));

    private Task<TResult> AsAdminAsync<TService, TResult>(TestTenant tenant, Func<TService, Task<TResult>> call)
        where TService : notnull => AsAsync(tenant.Id, tenant.AdminUserId, IdentityConsts.AdminRole, call);

    private async Task<TResult> AsAsync<TService, TResult>(Guid? tenantId, Guid userId, string role, Func<TService, Task<TResult>> call)
        where TService : notnull
    {
        using var _ = fixture.RunAs(tenantId, userId, $"user-{userId:N}", role);
        await using var scope = fixture.CreateScope();
        return await call(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>The gym, the report's range and what its rows must hold: each amount in the month (Tokyo) it happened.</summary>
    private sealed class World(TestTenant tenant, DateOnly fromDate, DateOnly toDate)
    {
        private readonly Dictionary<(string Month, Guid? PlanId), (string Name, long Invoiced, long Tax, long Received, long Refunded)> _rows = [];

        public TestTenant Tenant => tenant;

        public DateOnly FromDate => fromDate;

        public DateOnly ToDate => toDate;

        public void AddInvoice(InvoiceDto invoice, PlanDto? plan) => Add(invoice.IssuedAtUtc!.Value, plan, invoice.Total, invoice.Tax, 0, 0);

        public void AddPayment(PaymentDto payment, PlanDto? plan) => Add(payment.ReceivedAtUtc, plan, 0, 0, payment.Amount, 0);

        public void AddRefund(PaymentRefundDto refund, PlanDto plan) => Add(refund.RefundedAtUtc, plan, 0, 0, 0, refund.Amount);

        public List<(string, Guid?, string, long, long, long, long)> ExpectedRows() =>
        [
            .. _rows
                .OrderBy(r => r.Key.Month, StringComparer.Ordinal)
                .ThenBy(r => r.Key.PlanId is null)
                .ThenBy(r => r.Value.Name, StringComparer.Ordinal)
                .Select(r => (r.Key.Month, r.Key.PlanId, r.Value.Name, r.Value.Invoiced, r.Value.Tax, r.Value.Received - r.Value.Refunded, r.Value.Refunded)),
        ];

        private void Add(DateTime atUtc, PlanDto? plan, long invoiced, long tax, long received, long refunded)
        {
            var month = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(atUtc, DateTimeKind.Utc), s_zone).ToString("yyyy-MM", CultureInfo.InvariantCulture);
            var key = (month, plan?.Id);
            var row = _rows.GetValueOrDefault(key, (plan?.Name ?? "Penalties and fees", 0, 0, 0, 0));
            _rows[key] = (row.Name, row.Invoiced + invoiced, row.Tax + tax, row.Received + received, row.Refunded + refunded);
        }
    }
}
