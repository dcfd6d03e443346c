using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitSaaS.Billing;
using FitSaaS.FeatureManagement;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Billing;

/// <summary>
/// The reminder before a renewal, end to end in the host (ADR 0070): staff set <c>Billing.RenewalReminderDays</c> and sell a
/// weekly membership over HTTP; the lifecycle job, run three times, publishes one <c>Billing.MembershipRenewalUpcoming.v1</c>
/// through the outbox; the member reads one <c>RenewalReminder</c> over HTTP and receives one e-mail.
/// </summary>
public sealed class RenewalReminderHttpTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    [Fact]
    public async Task RenewalWithinTheGymsReminderDays_OneNotificationAndOneEmail_HoweverOftenTheJobRuns()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Pro);
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var userName = $"renews-{Guid.NewGuid():N}"[..20];
        var memberId = await fixture.CreateUserAsync(tenant.Name, userName, IdentityConsts.MemberRole);
        using var member = await fixture.LoginAsync(tenant.Name, userName);
        using var setting = await admin.PutAsJsonAsync(
            Relative("/api/setting-management/settings/tenant"),
            new { settings = new[] { new { name = BillingSettingNames.RenewalReminderDays, value = "5" } } },
            TestJson.Options);
        setting.StatusCode.ShouldBe(HttpStatusCode.OK);
        var plan = await PostAsync<PlanDto>(admin, "/api/billing/plans", new
        {
            name = "Weekly WOD", kind = "Membership", price = 2500, taxRatePercent = 20, taxMode = "Inclusive", interval = "Week", intervalCount = 1,
        });
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var sale = await PostAsync<SellMembershipResultDto>(admin, "/api/billing/memberships", new { memberId, planId = plan.Id, startDate = today.AddDays(-3) });
        await PostAsync<PaymentDto>(admin, "/api/billing/payments", new { invoiceId = sale.Invoice.Id, amount = sale.Invoice.AmountDue, method = "Cash" });
        var renewsOn = today.AddDays(4).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        await Task.WhenAll(RunLifecycleJobAsync(tenant.Id), RunLifecycleJobAsync(tenant.Id));
        await RunLifecycleJobAsync(tenant.Id);

        var mail = await fixture.WaitForMailAsync($"{userName}@example.test", $"Weekly WOD renews on {renewsOn}");
        mail.ShouldContain("25.00");
        using var list = await member.GetAsync(Relative("/api/messaging/notifications?maxResultCount=50"));
        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        var reminders = JsonDocument.Parse(await list.Content.ReadAsStringAsync()).RootElement.GetProperty("items").EnumerateArray()
            .Where(n => n.GetProperty("kind").GetString() == "RenewalReminder").ToList();
        var reminder = reminders.ShouldHaveSingleItem();
        reminder.GetProperty("title").GetString().ShouldBe($"Weekly WOD renews on {renewsOn}");
        reminder.GetProperty("body").GetString().ShouldBe($"Your membership Weekly WOD renews on {renewsOn} for 25.00 {sale.Invoice.Currency}. Its invoice will be issued that day.");
        reminder.GetProperty("linkEntityType").GetString().ShouldBe("Membership");
        reminder.GetProperty("linkEntityId").GetGuid().ShouldBe(sale.Membership.Id);
        TestMailbox.ReadPickupDirectory(fixture.Database.MailDirectory, $"{userName}@example.test")
            .Count(m => m.Subject?.Contains("renews on", StringComparison.Ordinal) == true).ShouldBe(1);
    }

    /// <summary>Runs the lifecycle job for the gym in the host, as its recurring schedule does.</summary>
    private async Task RunLifecycleJobAsync(Guid tenantId)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = fixture.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MembershipLifecycleJob>().ExecuteAsync(new MembershipLifecycleArgs(), TestContext.Current.CancellationToken);
    }
}
