using System.Text.Json;
using FitSaaS.Billing;
using FitSaaS.Billing.Stripe;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore.EventBus;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;
using FitSaaS.Testing;
using FitSaaS.Testing.Stripe;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Stripe;

namespace FitSaaS.Application.Tests.Billing;

/// <summary>
/// Issue 16 §2: a member's Stripe Customer follows their user. Changing the e-mail through the identity user service
/// publishes <see cref="IdentityUserChangedEto"/> in the change's transaction, and Billing's handler copies it to the
/// customer at Stripe; deleting the user publishes <see cref="IdentityUserDeletedEto"/>, and the customer is deleted at
/// Stripe and locally. The events are taken from the tenant's outbox and handed to the receiver (as the dispatcher does):
/// twice, with a Stripe failure first, in another tenant, for a gym without Stripe.
/// </summary>
public sealed class StripeCustomerSyncTests(StripeApplicationFixture fixture) : IClassFixture<StripeApplicationFixture>
{
    private const string ChangedEvent = "Identity.IdentityUserChanged.v1";
    private const string DeletedEvent = "Identity.IdentityUserDeleted.v1";
    private static readonly JsonSerializerOptions s_web = new(JsonSerializerDefaults.Web);

    private readonly BillingScenario _scenario = new(fixture);

    [Fact]
    public async Task ChangingAMembersEmail_UpdatesTheirStripeCustomer_OnceHandled_AndARepeatedEventChangesNothing()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await ConnectedGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var customer = await SaveCardAsync(gym.Tenant, member);
        var email = $"new-{Guid.NewGuid():N}@example.test";

        var user = await ChangeEmailAsync(gym.Tenant, member, email);
        var before = await ReadAsync(customer);
        var changed = (await TakeOutboxAsync(gym.Tenant.Id, ChangedEvent)).ShouldHaveSingleItem();
        await ReceiveAsync(changed);
        var after = await ReadAsync(customer);
        await ReceiveAsync(changed); // redelivered: the inbox skips it
        await ReceiveAsync(changed with { MessageId = Guid.NewGuid() }); // published twice: handled again, same values
        await ChangeEmailAsync(gym.Tenant, member, email); // saved again without a change: no event
        var again = await ReadAsync(customer);

        var eto = JsonSerializer.Deserialize<IdentityUserChangedEto>(changed.Payload, s_web)!;
        eto.ShouldSatisfyAllConditions(e => e.UserId.ShouldBe(member), e => e.TenantId.ShouldBe(gym.Tenant.Id), e => e.Email.ShouldBe(email), e => e.UserName.ShouldBe(user.UserName));
        changed.TenantId.ShouldBe(gym.Tenant.Id);
        before.Email.ShouldNotBe(email, "nothing reaches Stripe before the event is handled");
        after.ShouldSatisfyAllConditions(c => c.Email.ShouldBe(email), c => c.Name.ShouldBe(user.UserName));
        again.ShouldSatisfyAllConditions(c => c.Email.ShouldBe(email), c => c.Deleted.ShouldNotBe(true));
        (await TakeOutboxAsync(gym.Tenant.Id, ChangedEvent)).ShouldBeEmpty();
    }

    [Fact]
    public async Task DeletingAMember_DeletesTheirStripeCustomer_AtStripeAndLocally_OnceEvenWhenTheEventComesTwice()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await ConnectedGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var customer = await SaveCardAsync(gym.Tenant, member);
        var deletesBefore = fixture.Fake.CountRequests("DELETE", "/v1/customers/");

        await _scenario.AsAdminAsync<IUserAppService, bool>(gym.Tenant, async s => { await s.DeleteAsync(member); return true; });
        var deleted = (await TakeOutboxAsync(gym.Tenant.Id, DeletedEvent)).ShouldHaveSingleItem();
        var stillThere = await ReadAsync(customer);
        await ReceiveAsync(deleted);
        var gone = await ReadAsync(customer);
        var localAfter = await LocalCustomersAsync(gym.Tenant.Id, member);
        await ReceiveAsync(deleted with { MessageId = Guid.NewGuid() });

        deleted.Payload.ShouldNotContain("@", Case.Sensitive, "the deletion carries no e-mail");
        JsonSerializer.Deserialize<IdentityUserDeletedEto>(deleted.Payload, s_web)!.UserId.ShouldBe(member);
        stillThere.Deleted.ShouldNotBe(true);
        gone.Deleted.ShouldBe(true);
        localAfter.ShouldBeEmpty();
        fixture.Fake.CountRequests("DELETE", "/v1/customers/").ShouldBe(deletesBefore + 1, "the repeated event found nothing left to delete");
    }

    [Fact]
    public async Task AStripeFailure_FailsTheHandling_SoTheEventIsRetried_AndTheRetryDeletesTheCustomer()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await ConnectedGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var customer = await SaveCardAsync(gym.Tenant, member);
        await _scenario.AsAdminAsync<IUserAppService, bool>(gym.Tenant, async s => { await s.DeleteAsync(member); return true; });
        var deleted = (await TakeOutboxAsync(gym.Tenant.Id, DeletedEvent)).ShouldHaveSingleItem();

        fixture.Fake.FailNext("DELETE", "/v1/customers/", FakeStripeFault.ServerError);
        var failure = await Should.ThrowAsync<Exception>(() => ReceiveAsync(deleted));
        var kept = await LocalCustomersAsync(gym.Tenant.Id, member);
        await ReceiveAsync(deleted); // the same message again: not in the inbox, so handled
        var gone = await ReadAsync(customer);

        failure.ShouldBeOfType<BusinessException>().Code.ShouldBe(BillingErrorCodes.StripeUnavailable);
        kept.ShouldHaveSingleItem().CustomerId.ShouldBe(customer.CustomerId);
        gone.Deleted.ShouldBe(true);
        (await LocalCustomersAsync(gym.Tenant.Id, member)).ShouldBeEmpty();
    }

    [Fact]
    public async Task AnotherGymsMember_IsUntouched_EvenByAnEventOfTheSameUserIdInItsTenant()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gymA = await ConnectedGymAsync();
        var gymB = await ConnectedGymAsync();
        var memberA = await _scenario.CreateMemberAsync(gymA.Tenant);
        var memberB = await _scenario.CreateMemberAsync(gymB.Tenant);
        var customerA = await SaveCardAsync(gymA.Tenant, memberA);
        var customerB = await SaveCardAsync(gymB.Tenant, memberB);
        var emailOfB = (await ReadAsync(customerB)).Email;

        await ChangeEmailAsync(gymA.Tenant, memberA, $"a-{Guid.NewGuid():N}@example.test");
        await _scenario.AsAdminAsync<IUserAppService, bool>(gymA.Tenant, async s => { await s.DeleteAsync(memberA); return true; });
        foreach (var envelope in await TakeOutboxAsync(gymA.Tenant.Id, ChangedEvent, DeletedEvent))
        {
            await ReceiveAsync(envelope);

            // The same event in B's tenant names no member of B: nothing to do there.
            await ReceiveAsync(envelope with { MessageId = Guid.NewGuid(), TenantId = gymB.Tenant.Id });
        }

        (await TakeOutboxAsync(gymB.Tenant.Id, ChangedEvent, DeletedEvent)).ShouldBeEmpty();
        (await ReadAsync(customerA)).Deleted.ShouldBe(true);
        (await ReadAsync(customerB)).ShouldSatisfyAllConditions(c => c.Deleted.ShouldNotBe(true), c => c.Email.ShouldBe(emailOfB));
        (await LocalCustomersAsync(gymB.Tenant.Id, memberB)).ShouldHaveSingleItem().CustomerId.ShouldBe(customerB.CustomerId);
    }

    [Fact]
    public async Task AGymWithoutStripe_AndAMemberWithoutACustomer_HaveNothingToDo()
    {
        var requestsBefore = fixture.Fake.CountRequests("POST", "/v1/customers") + fixture.Fake.CountRequests("DELETE", "/v1/customers");
        var plain = await fixture.CreateTenantAsync();
        var plainMember = await _scenario.CreateMemberAsync(plain);
        var tenants = new List<TestTenant> { plain };
        if (StripeEmulator.ApiBase is not null)
        {
            var connected = await ConnectedGymAsync();
            tenants.Add(connected.Tenant);
        }

        foreach (var tenant in tenants)
        {
            var member = tenant == plain ? plainMember : await _scenario.CreateMemberAsync(tenant);
            await ChangeEmailAsync(tenant, member, $"n-{Guid.NewGuid():N}@example.test");
            await _scenario.AsAdminAsync<IUserAppService, bool>(tenant, async s => { await s.DeleteAsync(member); return true; });
            var events = await TakeOutboxAsync(tenant.Id, ChangedEvent, DeletedEvent);
            events.Select(e => e.EventName).ShouldBe([ChangedEvent, DeletedEvent], ignoreOrder: true);
            foreach (var envelope in events)
            {
                await ReceiveAsync(envelope);
            }
        }

        (fixture.Fake.CountRequests("POST", "/v1/customers") + fixture.Fake.CountRequests("DELETE", "/v1/customers")).ShouldBe(requestsBefore);
    }

    private async Task<IdentityUserDto> ChangeEmailAsync(TestTenant tenant, Guid userId, string email) =>
        await _scenario.AsAdminAsync<IUserAppService, IdentityUserDto>(tenant, s => s.UpdateAsync(userId, new UpdateIdentityUserDto { Email = email }));

    private async Task<ConnectedGym> ConnectedGymAsync()
    {
        var tenant = await fixture.CreateTenantAsync();
        var connection = await _scenario.AsAdminAsync<IStripeConnectionAppService, StripeConnectionDto>(tenant, s => s.CreateAsync(new ConnectStripeDto { Email = "owner@gym.test" }));
        await fixture.Fake.UpdateAccountAsync(connection.AccountId!, chargesEnabled: true, payoutsEnabled: true, detailsSubmitted: true, TestContext.Current.CancellationToken);
        (await _scenario.AsAdminAsync<IStripeConnectionAppService, StripeConnectionDto>(tenant, s => s.RefreshAsync())).ChargesEnabled.ShouldBeTrue();
        return new ConnectedGym(tenant, connection.AccountId!);
    }

    /// <summary>The member saves a card (which makes them a customer of the gym's account); returns the customer's record.</summary>
    private async Task<StripeCustomer> SaveCardAsync(TestTenant tenant, Guid member)
    {
        var setup = await _scenario.AsMemberAsync<ISavedCardAppService, SetupIntentDto>(tenant, member, s => s.CreateSetupIntentAsync());
        var saved = await _scenario.AsMemberAsync<ISavedCardAppService, SetupIntentDto>(tenant, member,
            s => s.ConfirmSetupIntentAsync(setup.Id, new ConfirmSetupIntentDto { PaymentMethodId = "pm_card_visa" }));
        saved.Status.ShouldBe("succeeded");
        return (await LocalCustomersAsync(tenant.Id, member)).ShouldHaveSingleItem();
    }

    private async Task<Customer> ReadAsync(StripeCustomer customer) =>
        await new CustomerService(fixture.Services.GetRequiredService<StripeClientProvider>().Client)
            .GetAsync(customer.CustomerId, requestOptions: StripeCustomerManager.OnAccount(customer.AccountId), cancellationToken: TestContext.Current.CancellationToken);

    private async Task<List<StripeCustomer>> LocalCustomersAsync(Guid tenantId, Guid member)
    {
        using var tenant = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = fixture.Services.CreateAsyncScope();
        var context = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(tenantId);
        return await context.Set<StripeCustomer>().AsNoTracking().Where(c => c.MemberId == member).ToListAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Removes the tenant's outbox messages of the given events (so no dispatcher sends them) and returns them, oldest first.</summary>
    private async Task<List<DistributedEventEnvelope>> TakeOutboxAsync(Guid tenantId, params string[] eventNames)
    {
        using var tenant = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = fixture.Services.CreateAsyncScope();
        var context = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(tenantId);
        var rows = await context.Set<OutboxMessage>().Where(m => m.TenantId == tenantId && eventNames.Contains(m.EventName)).ToListAsync(TestContext.Current.CancellationToken);
        context.Set<OutboxMessage>().RemoveRange(rows);
        await context.SaveChangesAsync(TestContext.Current.CancellationToken);
        return [.. rows.OrderBy(m => m.OccurredAt).Select(m => m.ToEnvelope())];
    }

    private Task ReceiveAsync(DistributedEventEnvelope envelope) =>
        fixture.Services.GetRequiredService<IDistributedEventReceiver>().ReceiveAsync(envelope, TestContext.Current.CancellationToken);

    private sealed record ConnectedGym(TestTenant Tenant, string AccountId);
}
