using FitSaaS.Application.Tests.EventBus;
using FitSaaS.Billing;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Data;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Billing;

/// <summary>The demo tenant's billing: plans, memberships with two months of invoices and payments, an open debt — seeded once.</summary>
public abstract class BillingDemoDataSeedTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : BillingDemoDataSeedTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : BillingDemoDataSeedTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly BillingScenario _scenario = new(fixture);

    [Fact]
    public async Task SeedAsync_DemoDataTwice_SeedsThePlansMembershipsInvoicesAndPaymentsOnce()
    {
        var tenant = await fixture.CreateTenantAsync();

        await SeedDemoAsync(tenant);
        var invoicesAfterFirst = await InvoicesAsync(tenant);
        await SeedDemoAsync(tenant);

        var plans = await _scenario.AsAdminAsync<IPlanAppService, PagedResultDto<PlanDto>>(tenant, s => s.GetListAsync(new GetPlanListInput()));
        var memberships = await _scenario.AsAdminAsync<IMembershipAppService, PagedResultDto<MembershipDto>>(tenant, s => s.GetListAsync(new GetMembershipListInput()));
        var invoices = await InvoicesAsync(tenant);
        var payments = await _scenario.AsAdminAsync<IPaymentAppService, PagedResultDto<PaymentDto>>(tenant, s => s.GetListAsync(new GetPaymentListInput { MaxResultCount = 100 }));
        var debts = await _scenario.AsAdminAsync<IDebtAppService, PagedResultDto<MemberDebtDto>>(tenant, s => s.GetListAsync(new GetDebtListInput()));

        plans.Items.Select(p => p.Name).ShouldBe(BillingDemoDataSeedContributor.Catalog.Select(c => c.Name), ignoreOrder: true);
        plans.Items.ShouldAllBe(p => p.Currency == "USD" && p.TaxRatePercent == BillingDemoDataSeedContributor.SalesTaxPercent);
        invoices.Select(i => i.Id).ShouldBe(invoicesAfterFirst.Select(i => i.Id), ignoreOrder: true);
        memberships.Items.Count(m => m.Status == MembershipStatus.Active).ShouldBeGreaterThanOrEqualTo(4);
        memberships.Items.ShouldContain(m => m.Status == MembershipStatus.PastDue);
        invoices.Select(i => i.Number).Order().ShouldBe(Enumerable.Range(1, invoices.Count).Select(n => $"INV-{n:D6}"));
        invoices.Count(i => i.Status == InvoiceStatus.Paid).ShouldBe(invoices.Count - 1);
        payments.Items.Select(p => p.Method).Distinct().ShouldBe([PaymentMethod.Cash, PaymentMethod.CardTerminal, PaymentMethod.BankTransfer], ignoreOrder: true);
        payments.Items.Sum(p => p.Amount).ShouldBe(invoices.Sum(i => i.AmountPaid));
        var debt = debts.Items.ShouldHaveSingleItem();
        debt.AmountOverdue.ShouldBe(19489); // 17900 + 8.875 % = 17900 + 1588.6 → 1589
    }

    [Fact]
    public async Task DemoData_ThenTheLifecycleJob_RemindsTheMemberWhoseMembershipRenewsSoon_Once()
    {
        var tenant = await fixture.CreateTenantAsync();
        await SeedDemoAsync(tenant);

        await _scenario.RunLifecycleJobAsync(tenant);
        await _scenario.RunLifecycleJobAsync(tenant);

        var plans = await _scenario.AsAdminAsync<IPlanAppService, PagedResultDto<PlanDto>>(tenant, s => s.GetListAsync(new GetPlanListInput()));
        var eightAMonth = plans.Items.Single(p => p.Name == "8 classes a month").Id;
        var membership = (await _scenario.AsAdminAsync<IMembershipAppService, PagedResultDto<MembershipDto>>(
            tenant, s => s.GetListAsync(new GetMembershipListInput { PlanId = eightAMonth }))).Items.ShouldHaveSingleItem();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, membership.TimeZoneId));
        var renewsOn = membership.CurrentPeriodEnd.ShouldNotBeNull();
        renewsOn.ShouldBe(BillingDemoDataSeedContributor.DemoRenewalDate(today));
        var reminders = await OutboxEvents.ReadAsync<MembershipRenewalUpcomingEto>(fixture, tenant.Id, "Billing.MembershipRenewalUpcoming.v1");
        if (renewsOn > today.AddDays(3))
        {
            reminders.ShouldBeEmpty("a day of the year (30 March) no monthly renewal can fall on pushes it out of the window");
            return;
        }

        var reminder = reminders.ShouldHaveSingleItem();
        (reminder.PlanName, reminder.RenewsOn, reminder.Amount, reminder.Currency).ShouldBe(("8 classes a month", renewsOn, 15134L, "USD")); // 13900 + 8.875 %
        reminder.ChargedToSavedCard.ShouldBeFalse();
    }

    [Theory]
    [InlineData("2026-01-10", "2026-01-12")]
    [InlineData("2026-03-27", "2026-03-28")] // 29 February 2026 does not exist: one day ahead
    [InlineData("2026-03-28", "2026-04-01")] // neither 29, 30 nor 31 March can be a month after a sale
    [InlineData("2028-03-28", "2028-03-29")] // a leap year has 29 February
    [InlineData("2026-06-28", "2026-06-30")]
    [InlineData("2026-05-29", "2026-05-30")] // 31 April does not exist
    [InlineData("2026-06-29", "2026-07-01")]
    public void DemoRenewalDate_IsAMonthAfterADayThatExists_TwoDaysAheadWhenItCan(string today, string expected)
    {
        var renewsOn = BillingDemoDataSeedContributor.DemoRenewalDate(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        renewsOn.ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        renewsOn.AddMonths(-1).AddMonths(1).ShouldBe(renewsOn);
    }

    private async Task<List<InvoiceDto>> InvoicesAsync(TestTenant tenant) =>
        (await _scenario.AsAdminAsync<IInvoiceAppService, PagedResultDto<InvoiceDto>>(tenant, s => s.GetListAsync(new GetInvoiceListInput { MaxResultCount = 100 }))).Items.ToList();

    private async Task SeedDemoAsync(TestTenant tenant)
    {
        await using var scope = fixture.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IDataSeeder>().SeedAsync(new DataSeedContext(tenant.Id) { IncludeDemoData = true });
    }
}
