using System.Net;
using System.Net.Http.Json;
using FitSaaS.Billing;
using FitSaaS.Billing.Stripe;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Stripe;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Billing;

/// <summary>
/// Issue 16 §2 over HTTP, with the host's own outbox dispatcher: a member saves a card (and so becomes a Stripe Customer of
/// the gym's account); the gym's admin changes the member's e-mail through the identity API and the customer at Stripe
/// follows; the admin deletes the member and the customer is deleted at Stripe and in FitSaaS.
/// </summary>
public sealed class StripeCustomerSyncHttpTests(StripeWebFixture fixture) : IClassFixture<StripeWebFixture>
{
    [Fact]
    public async Task TheAdminChangesAMembersEmail_ThenDeletesTheMember_AndTheirStripeCustomerFollows()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        await fixture.ConnectChargeableGymAsync(admin);
        var (memberId, memberClient) = await fixture.RegisterMemberAsync(tenant.Name, $"m-{Guid.NewGuid():N}"[..20]);
        using var member = memberClient;
        var setup = await PostAsync<SetupIntentDto>(member, "/api/billing/my-cards/setup-intent", new { });
        (await PostAsync<SetupIntentDto>(member, $"/api/billing/my-cards/{setup.Id}/confirm-setup-intent", new { paymentMethodId = "pm_card_visa" })).Status.ShouldBe("succeeded");
        var customer = (await LocalCustomersAsync(tenant.Id, memberId)).ShouldHaveSingleItem();
        var email = $"moved-{Guid.NewGuid():N}@example.test";

        using var update = await admin.PutAsJsonAsync($"/api/identity/users/{memberId}", new { email }, TestJson.Options);
        update.StatusCode.ShouldBe(HttpStatusCode.OK);
        var updated = await WaitForAsync(async () => await ReadAsync(customer) is { Email: var e } c && e == email ? c : null);
        using var delete = await admin.DeleteAsync(Relative($"/api/identity/users/{memberId}"), TestContext.Current.CancellationToken);
        delete.IsSuccessStatusCode.ShouldBeTrue();
        var deleted = await WaitForAsync(async () => await ReadAsync(customer) is { Deleted: true } c ? c : null);
        // The handler deletes at Stripe first, then its transaction removes the record.
        var local = await WaitForAsync(async () => await LocalCustomersAsync(tenant.Id, memberId) is { Count: 0 } none ? none : null);

        updated.ShouldNotBeNull("the customer at Stripe got the new e-mail").Email.ShouldBe(email);
        deleted.ShouldNotBeNull("the customer was deleted at Stripe");
        local.ShouldNotBeNull("the customer's record was deleted");
    }

    private async Task<Customer> ReadAsync(StripeCustomer customer) =>
        await new CustomerService(fixture.Services.GetRequiredService<StripeClientProvider>().Client)
            .GetAsync(customer.CustomerId, requestOptions: StripeCustomerManager.OnAccount(customer.AccountId), cancellationToken: TestContext.Current.CancellationToken);

    private async Task<List<StripeCustomer>> LocalCustomersAsync(Guid tenantId, Guid memberId)
    {
        using var tenant = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = fixture.Services.CreateAsyncScope();
        return await (await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync())
            .Set<StripeCustomer>().AsNoTracking().Where(c => c.MemberId == memberId).ToListAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<T?> WaitForAsync<T>(Func<Task<T?>> probe)
        where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var value = await probe();
            if (value is not null || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(100);
        }
    }
}
