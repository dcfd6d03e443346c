using FitSaaS.Application.Tests.FeatureManagement;
using FitSaaS.Application.Tests.Forms;
using FitSaaS.Billing;
using FitSaaS.Billing.Stripe;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.EntityFrameworkCore.Billing;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Forms;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;
using FitSaaS.Testing;
using FitSaaS.Testing.Stripe;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Stripe;

namespace FitSaaS.Application.Tests.Billing;

/// <summary>
/// Issue 16 §2 (ADR 0069): a member's GDPR erasure deletes their Stripe Customer on the gym's connected account (the local
/// Stripe emulator), at Stripe first; a Stripe failure fails the erasure with <see cref="BillingErrorCodes.StripeCustomerNotErased"/>
/// and changes nothing (the retry deletes it); a customer Stripe no longer has counts as deleted.
/// </summary>
public sealed class StripeCustomerErasureTests(StripeApplicationFixture fixture) : IClassFixture<StripeApplicationFixture>
{
    private readonly BillingScenario _scenario = new(fixture);
    private readonly PersonalDataScenario _personalData = new(fixture);
    private readonly FeatureScenario _features = new(fixture);

    [Fact]
    public async Task Erasure_DeletesTheCustomerAtStripeAndLocally_WithTheCardSetups_AndASecondErasureIsANoOp()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var tenant = await ConnectedGymAsync();
        var member = await _scenario.CreateMemberAsync(tenant);
        var other = await _scenario.CreateMemberAsync(tenant);
        var customer = await SaveCardAsync(tenant, member);
        var othersCustomer = await SaveCardAsync(tenant, other);
        var export = (await _personalData.ExportAsync<BillingPersonalDataHandler>(tenant.Id, member)).ShouldNotBeNull();
        var deletesBefore = fixture.Fake.CountRequests("DELETE", "/v1/customers/");

        var erased = await _personalData.EraseAsync<BillingPersonalDataHandler>(tenant.Id, member);
        var atStripe = await ReadAsync(customer);
        var again = await _personalData.EraseAsync<BillingPersonalDataHandler>(tenant.Id, member);

        export.GetProperty("cardSetups").EnumerateArray().ShouldHaveSingleItem().GetProperty("status").GetString().ShouldBe(nameof(CardSetupStatus.Succeeded));
        erased.Deleted.ShouldBe(2, "the customer and the card setup");
        atStripe.Deleted.ShouldBe(true);
        (await LocalAsync(tenant.Id, db => db.Set<StripeCustomer>().CountAsync(c => c.MemberId == member))).ShouldBe(0);
        (await LocalAsync(tenant.Id, db => db.Set<CardSetup>().CountAsync(c => c.MemberId == member))).ShouldBe(0);
        (again.Deleted, again.Pseudonymised, again.Retained).ShouldBe((0, 0, 0));
        fixture.Fake.CountRequests("DELETE", "/v1/customers/").ShouldBe(deletesBefore + 1);
        (await ReadAsync(othersCustomer)).Deleted.ShouldNotBe(true);
        (await LocalAsync(tenant.Id, db => db.Set<StripeCustomer>().CountAsync(c => c.MemberId == other))).ShouldBe(1);
    }

    [Fact]
    public async Task AStripeFailure_FailsTheErasureWithACode_ChangesNothing_AndTheRetryDeletesTheCustomer()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var tenant = await ConnectedGymAsync();
        var member = await _scenario.CreateMemberAsync(tenant);
        var plan = await _scenario.CreateMonthlyAsync(tenant);
        var sold = await _scenario.SellAndPayAsync(tenant, member, plan.Id);
        var customer = await SaveCardAsync(tenant, member);

        fixture.Fake.FailNext("DELETE", "/v1/customers/", FakeStripeFault.ServerError);
        var failure = await Should.ThrowAsync<BusinessException>(() => _personalData.EraseAsync<BillingPersonalDataHandler>(tenant.Id, member));
        var stillThere = await ReadAsync(customer);
        var membershipAfterFailure = await _scenario.GetMembershipAsync(tenant, sold.Membership.Id);
        var localAfterFailure = await LocalAsync(tenant.Id, db => db.Set<StripeCustomer>().CountAsync(c => c.MemberId == member));
        var erased = await _personalData.EraseAsync<BillingPersonalDataHandler>(tenant.Id, member);

        failure.Code.ShouldBe(BillingErrorCodes.StripeCustomerNotErased);
        failure.Details["reason"].ShouldBe(BillingErrorCodes.StripeUnavailable);
        failure.Details["memberId"].ShouldBe(member);
        stillThere.Deleted.ShouldNotBe(true);
        localAfterFailure.ShouldBe(1, "nothing local changed");
        membershipAfterFailure.Status.ShouldBe(MembershipStatus.Active, "the erasure was not applied");
        erased.Deleted.ShouldBeGreaterThanOrEqualTo(1);
        (await ReadAsync(customer)).Deleted.ShouldBe(true);
        (await LocalAsync(tenant.Id, db => db.Set<StripeCustomer>().CountAsync(c => c.MemberId == member))).ShouldBe(0);
    }

    [Fact]
    public async Task AnErasureRequest_FailingAtStripe_StaysOpenWithEveryAreaUntouched_AndProcessingItAgainCompletesIt()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var tenant = await ConnectedGymAsync();
        var member = await _scenario.CreateMemberAsync(tenant);
        var customer = await SaveCardAsync(tenant, member);
        var export = await AsAdminAsync(tenant, s => s.CreateAsync(new CreateDataSubjectRequestDto { MemberId = member, Kind = DataSubjectRequestKind.Export }));
        await AsAdminAsync(tenant, s => s.ProcessAsync(export.Id));
        var request = await AsAdminAsync(tenant, s => s.CreateAsync(new CreateDataSubjectRequestDto { MemberId = member, Kind = DataSubjectRequestKind.Erasure }));

        fixture.Fake.FailNext("DELETE", "/v1/customers/", FakeStripeFault.ServerError);
        var failure = await Should.ThrowAsync<BusinessException>(() => AsAdminAsync(tenant, s => s.ProcessAsync(request.Id)));
        var open = await AsAdminAsync(tenant, s => s.GetAsync(request.Id));
        var exportAfterFailure = await AsAdminAsync(tenant, s => s.GetAsync(export.Id));
        var userAfterFailure = await LocalAsync(tenant.Id, db => db.Set<AppUser>().AsNoTracking().SingleAsync(u => u.Id == member));
        var processed = await AsAdminAsync(tenant, s => s.ProcessAsync(request.Id));

        failure.Code.ShouldBe(BillingErrorCodes.StripeCustomerNotErased);
        open.Status.ShouldBe(DataSubjectRequestStatus.Received);
        exportAfterFailure.HasArchive.ShouldBeTrue("the Forms area's erasure (run before Billing's) was rolled back");
        userAfterFailure.UserName.ShouldNotBe(IdentityPersonalDataHandler.PseudonymFor(member));
        processed.Status.ShouldBe(DataSubjectRequestStatus.Completed);
        processed.Results.Single(r => r.Area == "Billing.Billing").Deleted.ShouldBe(2, "the customer and the card setup");
        (await ReadAsync(customer)).Deleted.ShouldBe(true);
        (await AsAdminAsync(tenant, s => s.GetAsync(export.Id))).HasArchive.ShouldBeFalse();
    }

    [Fact]
    public async Task ACustomerAlreadyDeletedAtStripe_CountsAsDeleted()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var tenant = await ConnectedGymAsync();
        var member = await _scenario.CreateMemberAsync(tenant);
        var customer = await SaveCardAsync(tenant, member);
        await new CustomerService(Stripe).DeleteAsync(customer.CustomerId, null, StripeCustomerManager.OnAccount(customer.AccountId), TestContext.Current.CancellationToken);

        var erased = await _personalData.EraseAsync<BillingPersonalDataHandler>(tenant.Id, member);

        erased.Deleted.ShouldBe(2);
        (await LocalAsync(tenant.Id, db => db.Set<StripeCustomer>().CountAsync(c => c.MemberId == member))).ShouldBe(0);
    }

    private Task<TResult> AsAdminAsync<TResult>(TestTenant tenant, Func<IDataSubjectRequestAppService, Task<TResult>> call) =>
        _features.AsAsync(tenant.Id, tenant.AdminUserId, IdentityConsts.AdminRole, call);

    private IStripeClient Stripe => fixture.Services.GetRequiredService<StripeClientProvider>().Client;

    private async Task<TestTenant> ConnectedGymAsync()
    {
        var tenant = await fixture.CreateTenantAsync();
        var connection = await _scenario.AsAdminAsync<IStripeConnectionAppService, StripeConnectionDto>(tenant, s => s.CreateAsync(new ConnectStripeDto { Email = "owner@gym.test" }));
        await fixture.Fake.UpdateAccountAsync(connection.AccountId!, chargesEnabled: true, payoutsEnabled: true, detailsSubmitted: true, TestContext.Current.CancellationToken);
        (await _scenario.AsAdminAsync<IStripeConnectionAppService, StripeConnectionDto>(tenant, s => s.RefreshAsync())).ChargesEnabled.ShouldBeTrue();
        return tenant;
    }

    private async Task<StripeCustomer> SaveCardAsync(TestTenant tenant, Guid member)
    {
        var setup = await _scenario.AsMemberAsync<ISavedCardAppService, SetupIntentDto>(tenant, member, s => s.CreateSetupIntentAsync());
        var saved = await _scenario.AsMemberAsync<ISavedCardAppService, SetupIntentDto>(tenant, member,
            s => s.ConfirmSetupIntentAsync(setup.Id, new ConfirmSetupIntentDto { PaymentMethodId = "pm_card_visa" }));
        saved.Status.ShouldBe("succeeded");
        return (await LocalAsync(tenant.Id, db => db.Set<StripeCustomer>().AsNoTracking().Where(c => c.MemberId == member).ToListAsync())).ShouldHaveSingleItem();
    }

    private async Task<Customer> ReadAsync(StripeCustomer customer) =>
        await new CustomerService(Stripe).GetAsync(customer.CustomerId, requestOptions: StripeCustomerManager.OnAccount(customer.AccountId), cancellationToken: TestContext.Current.CancellationToken);

    private async Task<T> LocalAsync<T>(Guid tenantId, Func<FitSaaSDbContext, Task<T>> query)
    {
        using var tenant = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = fixture.Services.CreateAsyncScope();
        var context = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(tenantId);
        return await query(context);
    }
}
