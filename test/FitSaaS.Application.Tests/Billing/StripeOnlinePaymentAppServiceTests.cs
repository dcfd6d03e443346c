using FitSaaS.Application.Tests.Bookings;
using FitSaaS.Billing;
using FitSaaS.FeatureManagement;
using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Identity;
using FitSaaS.Testing;
using FitSaaS.Testing.Stripe;

namespace FitSaaS.Application.Tests.Billing;

/// <summary>
/// Online payments through the application-service contracts, in-process and through the HTTP proxies (Stripe.net against
/// the fake Stripe in front of the local emulator): a gym connects its Stripe account, a member saves cards and pays an
/// invoice; who may do what, gyms that cannot see each other's payments and cards, and bad input that changes nothing.
/// </summary>
public abstract class StripeOnlinePaymentAppServiceTests(FitSaaSApplicationFixture fixture, FakeStripe fake)
{
    public sealed class InProcess(StripeApplicationFixture fixture)
        : StripeOnlinePaymentAppServiceTests(fixture, fixture.Fake), IClassFixture<StripeApplicationFixture>;

    public sealed class ThroughProxies(StripeProxyApplicationFixture fixture)
        : StripeOnlinePaymentAppServiceTests(fixture, fixture.Fake), IClassFixture<StripeProxyApplicationFixture>;

    private readonly BillingScenario _scenario = new(fixture);

    private BookingsScenario Bookings => _scenario.Bookings;

    [Fact]
    public async Task ConnectingAGym_CreatesItsAccount_AndRefreshReadsWhetherItTakesCharges()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var ct = TestContext.Current.CancellationToken;
        var tenant = await fixture.CreateTenantAsync();

        var before = await AsAdminAsync<IStripeConnectionAppService, StripeConnectionDto>(tenant, s => s.GetAsync());
        var connected = await AsAdminAsync<IStripeConnectionAppService, StripeConnectionDto>(tenant, s => s.CreateAsync(new ConnectStripeDto { Email = "owner@gym.test" }));
        await fake.UpdateAccountAsync(connected.AccountId!, chargesEnabled: false, payoutsEnabled: false, detailsSubmitted: true, ct);
        var onboarding = await AsAdminAsync<IStripeConnectionAppService, StripeConnectionDto>(tenant, s => s.RefreshAsync());
        await fake.UpdateAccountAsync(connected.AccountId!, chargesEnabled: true, payoutsEnabled: true, detailsSubmitted: true, ct);
        var enabled = await AsAdminAsync<IStripeConnectionAppService, StripeConnectionDto>(tenant, s => s.RefreshAsync());
        var read = await AsAdminAsync<IStripeConnectionAppService, StripeConnectionDto>(tenant, s => s.GetAsync());
        var again = await Should.ThrowAsync<BusinessException>(() =>
            AsAdminAsync<IStripeConnectionAppService, StripeConnectionDto>(tenant, s => s.CreateAsync(new ConnectStripeDto { Email = "owner@gym.test" })));

        before.IsConnected.ShouldBeFalse();
        connected.ShouldSatisfyAllConditions(c => c.IsConnected.ShouldBeTrue(), c => c.AccountId.ShouldStartWith("acct_"), c => c.ConnectedAtUtc.ShouldNotBeNull());
        onboarding.ShouldSatisfyAllConditions(c => c.ChargesEnabled.ShouldBeFalse(), c => c.PayoutsEnabled.ShouldBeFalse(), c => c.DetailsSubmitted.ShouldBeTrue());
        enabled.ShouldSatisfyAllConditions(
            c => c.AccountId.ShouldBe(connected.AccountId), c => c.ChargesEnabled.ShouldBeTrue(), c => c.PayoutsEnabled.ShouldBeTrue(), c => c.AccountReadAtUtc.ShouldNotBeNull());
        read.ShouldSatisfyAllConditions(c => c.AccountId.ShouldBe(connected.AccountId), c => c.ChargesEnabled.ShouldBeTrue());
        again.Code.ShouldBe(BillingErrorCodes.StripeAlreadyConnected);
    }

    [Fact]
    public async Task AMember_SavesCards_TheFirstIsTheDefault_ChangesTheDefault_AndDeletesOne()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await ConnectedGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);

        var visa = await SaveCardAsync(gym.Tenant, member, "pm_card_visa");
        var mastercard = await SaveCardAsync(gym.Tenant, member, "pm_card_mastercard");
        var saved = await CardsAsync(gym.Tenant, member);
        await AsMemberAsync<ISavedCardAppService>(gym.Tenant, member, s => s.SetDefaultAsync(mastercard.PaymentMethodId!));
        var switched = await CardsAsync(gym.Tenant, member);
        await AsMemberAsync<ISavedCardAppService>(gym.Tenant, member, s => s.DeleteAsync(visa.PaymentMethodId!));
        var left = await CardsAsync(gym.Tenant, member);

        visa.ShouldSatisfyAllConditions(s => s.Status.ShouldBe("succeeded"), s => s.ClientSecret.ShouldBeNull(), s => s.PaymentMethodId.ShouldStartWith("pm_"));
        mastercard.Status.ShouldBe("succeeded");
        saved.Count.ShouldBe(2);
        saved.Single(c => c.IsDefault).ShouldSatisfyAllConditions(c => c.Id.ShouldBe(visa.PaymentMethodId), c => c.Last4.ShouldBe("4242"), c => c.Brand.ShouldBe("visa"));
        saved.Single(c => !c.IsDefault).ShouldSatisfyAllConditions(c => c.Id.ShouldBe(mastercard.PaymentMethodId), c => c.Last4.ShouldBe("4444"));
        switched.Single(c => c.IsDefault).Id.ShouldBe(mastercard.PaymentMethodId);
        left.ShouldHaveSingleItem().ShouldSatisfyAllConditions(c => c.Id.ShouldBe(mastercard.PaymentMethodId), c => c.IsDefault.ShouldBeTrue());
    }

    [Fact]
    public async Task AMember_PaysAnInvoiceWithTheSavedCard_TheAttemptSucceeds_AndTheInvoiceIsPaid()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await ConnectedGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var invoice = await SellPackAsync(gym.Tenant, member, 6000);
        await SaveCardAsync(gym.Tenant, member, "pm_card_visa");

        var paid = await AsMemberAsync<IOnlinePaymentAppService, OnlinePaymentDto>(gym.Tenant, member, s => s.CreateAsync(new PayInvoiceOnlineDto { InvoiceId = invoice.Id }));
        var read = await AsMemberAsync<IOnlinePaymentAppService, OnlinePaymentDto>(gym.Tenant, member, s => s.GetAsync(paid.Id));
        var attempts = await AsMemberAsync<IOnlinePaymentAppService, List<OnlinePaymentDto>>(gym.Tenant, member, s => s.GetListAsync(invoice.Id));
        var after = await _scenario.GetInvoiceAsync(gym.Tenant, invoice.Id);
        var payment = await _scenario.AsAdminAsync<IPaymentAppService, PaymentDto>(gym.Tenant, s => s.GetAsync(paid.PaymentId!.Value));

        paid.ShouldSatisfyAllConditions(
            p => p.Status.ShouldBe(OnlinePaymentStatus.Succeeded), p => p.Amount.ShouldBe(6000), p => p.InvoiceId.ShouldBe(invoice.Id), p => p.MemberId.ShouldBe(member),
            p => p.OffSession.ShouldBeFalse(), p => p.PaymentIntentId.ShouldStartWith("pi_"), p => p.PaymentId.ShouldNotBeNull());
        read.ShouldSatisfyAllConditions(r => r.Status.ShouldBe(OnlinePaymentStatus.Succeeded), r => r.PaymentId.ShouldBe(paid.PaymentId), r => r.ClientSecret.ShouldBeNull());
        attempts.ShouldHaveSingleItem().Id.ShouldBe(paid.Id);
        after.ShouldSatisfyAllConditions(i => i.Status.ShouldBe(InvoiceStatus.Paid), i => i.AmountDue.ShouldBe(0), i => i.AmountPaid.ShouldBe(6000));
        payment.ShouldSatisfyAllConditions(p => p.Provider.ShouldBe("stripe"), p => p.Amount.ShouldBe(6000));
    }

    [Fact]
    public async Task ACardNeeding3DSecure_RequiresAction_AndTheInvoiceIsPaidOnlyOnceRefreshedAfterAuthentication()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await ConnectedGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var invoice = await SellPackAsync(gym.Tenant, member, 4000);

        var pending = await AsMemberAsync<IOnlinePaymentAppService, OnlinePaymentDto>(gym.Tenant, member,
            s => s.CreateAsync(new PayInvoiceOnlineDto { InvoiceId = invoice.Id, PaymentMethodId = "pm_card_threeDSecure2Required" }));
        var before = await _scenario.GetInvoiceAsync(gym.Tenant, invoice.Id);
        await fake.CompleteAuthenticationAsync(pending.PaymentIntentId!, succeed: true, TestContext.Current.CancellationToken);
        var refreshed = await AsMemberAsync<IOnlinePaymentAppService, OnlinePaymentDto>(gym.Tenant, member, s => s.RefreshAsync(pending.Id));
        var again = await AsMemberAsync<IOnlinePaymentAppService, OnlinePaymentDto>(gym.Tenant, member, s => s.RefreshAsync(pending.Id));
        var after = await _scenario.GetInvoiceAsync(gym.Tenant, invoice.Id);
        var payments = await _scenario.AsAdminAsync<IPaymentAppService, PagedResultDto<PaymentDto>>(gym.Tenant, s => s.GetListAsync(new GetPaymentListInput { InvoiceId = invoice.Id }));

        pending.ShouldSatisfyAllConditions(
            p => p.Status.ShouldBe(OnlinePaymentStatus.RequiresAction), p => p.ClientSecret.ShouldNotBeNullOrEmpty(), p => p.PaymentId.ShouldBeNull());
        before.Status.ShouldBe(InvoiceStatus.Open);
        refreshed.ShouldSatisfyAllConditions(p => p.Status.ShouldBe(OnlinePaymentStatus.Succeeded), p => p.PaymentId.ShouldNotBeNull());
        again.PaymentId.ShouldBe(refreshed.PaymentId);
        after.Status.ShouldBe(InvoiceStatus.Paid);
        payments.Items.ShouldHaveSingleItem().Amount.ShouldBe(4000);
    }

    [Fact]
    public async Task ADeclinedCard_FailsTheAttempt_AndRecordsNoPayment()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await ConnectedGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var invoice = await SellPackAsync(gym.Tenant, member, 2500);

        var failed = await AsMemberAsync<IOnlinePaymentAppService, OnlinePaymentDto>(gym.Tenant, member,
            s => s.CreateAsync(new PayInvoiceOnlineDto { InvoiceId = invoice.Id, PaymentMethodId = "pm_card_chargeDeclinedInsufficientFunds" }));
        var after = await _scenario.GetInvoiceAsync(gym.Tenant, invoice.Id);

        failed.ShouldSatisfyAllConditions(
            f => f.Status.ShouldBe(OnlinePaymentStatus.Failed), f => f.DeclineCode.ShouldBe("insufficient_funds"), f => f.DeclineKind.ShouldBe(DeclineKind.Soft),
            f => f.PaymentId.ShouldBeNull());
        after.ShouldSatisfyAllConditions(i => i.Status.ShouldBe(InvoiceStatus.Open), i => i.AmountDue.ShouldBe(2500));
    }

    [Fact]
    public async Task AnotherMemberOfTheGym_CannotMakeDefaultOrDeleteAMembersCard()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await ConnectedGymAsync();
        var owner = await _scenario.CreateMemberAsync(gym.Tenant);
        var other = await _scenario.CreateMemberAsync(gym.Tenant);
        var card = await SaveCardAsync(gym.Tenant, owner, "pm_card_visa");
        await SaveCardAsync(gym.Tenant, other, "pm_card_mastercard");

        var setDefault = await Should.ThrowAsync<BusinessException>(() =>
            AsMemberAsync<ISavedCardAppService>(gym.Tenant, other, s => s.SetDefaultAsync(card.PaymentMethodId!)));
        var delete = await Should.ThrowAsync<BusinessException>(() =>
            AsMemberAsync<ISavedCardAppService>(gym.Tenant, other, s => s.DeleteAsync(card.PaymentMethodId!)));
        var ownersCards = await CardsAsync(gym.Tenant, owner);
        var othersCards = await CardsAsync(gym.Tenant, other);

        setDefault.Code.ShouldBe(BillingErrorCodes.PaymentMethodNotFound);
        delete.Code.ShouldBe(BillingErrorCodes.PaymentMethodNotFound);
        ownersCards.ShouldHaveSingleItem().ShouldSatisfyAllConditions(c => c.Id.ShouldBe(card.PaymentMethodId), c => c.IsDefault.ShouldBeTrue());
        othersCards.ShouldHaveSingleItem().ShouldSatisfyAllConditions(c => c.Last4.ShouldBe("4444"), c => c.IsDefault.ShouldBeTrue());
    }

    [Fact]
    public async Task AMember_CannotConnectStripe_NorPayOffSession_NorReadAnotherMembersPayment_WhileStaffCan()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await ConnectedGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var other = await _scenario.CreateMemberAsync(gym.Tenant);
        var staff = await fixture.CreateUserAsync(gym.Tenant.Id, $"staff-{Guid.NewGuid():N}"[..20], IdentityConsts.StaffRole);
        var first = await SellPackAsync(gym.Tenant, member, 3000);
        var second = await SellPackAsync(gym.Tenant, member, 4000);
        await SaveCardAsync(gym.Tenant, member, "pm_card_visa");
        var paid = await AsMemberAsync<IOnlinePaymentAppService, OnlinePaymentDto>(gym.Tenant, member, s => s.CreateAsync(new PayInvoiceOnlineDto { InvoiceId = first.Id }));

        var connect = await Should.ThrowAsync<AuthorizationException>(() =>
            AsMemberAsync<IStripeConnectionAppService, StripeConnectionDto>(gym.Tenant, member, s => s.CreateAsync(new ConnectStripeDto { Email = "member@gym.test" })));
        var offSession = await Should.ThrowAsync<AuthorizationException>(() =>
            AsMemberAsync<IOnlinePaymentAppService, OnlinePaymentDto>(gym.Tenant, member, s => s.CreateAsync(new PayInvoiceOnlineDto { InvoiceId = second.Id, OffSession = true })));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsMemberAsync<IOnlinePaymentAppService, OnlinePaymentDto>(gym.Tenant, other, s => s.GetAsync(paid.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsMemberAsync<IOnlinePaymentAppService, List<OnlinePaymentDto>>(gym.Tenant, other, s => s.GetListAsync(first.Id)));
        var attemptsAfterRefusal = await AsStaffAsync<IOnlinePaymentAppService, List<OnlinePaymentDto>>(gym.Tenant, staff, s => s.GetListAsync(second.Id));
        var readByStaff = await AsStaffAsync<IOnlinePaymentAppService, OnlinePaymentDto>(gym.Tenant, staff, s => s.GetAsync(paid.Id));
        var chargedByStaff = await AsStaffAsync<IOnlinePaymentAppService, OnlinePaymentDto>(gym.Tenant, staff,
            s => s.CreateAsync(new PayInvoiceOnlineDto { InvoiceId = second.Id, OffSession = true }));
        var connection = await AsAdminAsync<IStripeConnectionAppService, StripeConnectionDto>(gym.Tenant, s => s.GetAsync());

        connect.Code.ShouldBe(AuthorizationException.ForbiddenCode);
        offSession.Code.ShouldBe(AuthorizationException.ForbiddenCode);
        attemptsAfterRefusal.ShouldBeEmpty("the refused off-session payment started nothing");
        readByStaff.ShouldSatisfyAllConditions(p => p.Id.ShouldBe(paid.Id), p => p.MemberId.ShouldBe(member), p => p.Status.ShouldBe(OnlinePaymentStatus.Succeeded));
        chargedByStaff.ShouldSatisfyAllConditions(p => p.Status.ShouldBe(OnlinePaymentStatus.Succeeded), p => p.OffSession.ShouldBeTrue(), p => p.Amount.ShouldBe(4000));
        (await _scenario.GetInvoiceAsync(gym.Tenant, second.Id)).Status.ShouldBe(InvoiceStatus.Paid);
        connection.AccountId.ShouldBe(gym.AccountId, "the member's attempt did not replace the gym's account");
    }

    [Fact]
    public async Task AGymOnTheFreeEdition_CannotUseOnlinePayments()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Free);
        var member = await _scenario.CreateMemberAsync(tenant);

        var connect = await Should.ThrowAsync<BusinessException>(() =>
            AsAdminAsync<IStripeConnectionAppService, StripeConnectionDto>(tenant, s => s.CreateAsync(new ConnectStripeDto { Email = "owner@gym.test" })));
        var cards = await Should.ThrowAsync<BusinessException>(() => AsMemberAsync<ISavedCardAppService, List<SavedCardDto>>(tenant, member, s => s.GetListAsync()));
        var pay = await Should.ThrowAsync<BusinessException>(() =>
            AsMemberAsync<IOnlinePaymentAppService, OnlinePaymentDto>(tenant, member, s => s.CreateAsync(new PayInvoiceOnlineDto { InvoiceId = Guid.NewGuid() })));

        connect.Code.ShouldBe(FeatureErrorCodes.NotEnabled);
        connect.Details["feature"].ShouldBe(BillingFeatures.OnlinePayments);
        cards.Code.ShouldBe(FeatureErrorCodes.NotEnabled);
        pay.Code.ShouldBe(FeatureErrorCodes.NotEnabled);
    }

    [Fact]
    public async Task AnotherGym_CannotReadAPaymentOrInvoiceAttempts_NorConfirmASetupIntent_AndListsNoCards()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gymA = await ConnectedGymAsync();
        var gymB = await ConnectedGymAsync();
        var memberA = await _scenario.CreateMemberAsync(gymA.Tenant);
        var memberB = await _scenario.CreateMemberAsync(gymB.Tenant);
        var invoice = await SellPackAsync(gymA.Tenant, memberA, 5000);
        await SaveCardAsync(gymA.Tenant, memberA, "pm_card_visa");
        var paid = await AsMemberAsync<IOnlinePaymentAppService, OnlinePaymentDto>(gymA.Tenant, memberA, s => s.CreateAsync(new PayInvoiceOnlineDto { InvoiceId = invoice.Id }));
        var pendingOfA = await AsMemberAsync<ISavedCardAppService, SetupIntentDto>(gymA.Tenant, memberA, s => s.CreateSetupIntentAsync());
        await AsMemberAsync<ISavedCardAppService, SetupIntentDto>(gymB.Tenant, memberB, s => s.CreateSetupIntentAsync()); // B's member is a customer of B

        await Should.ThrowAsync<EntityNotFoundException>(() => AsAdminAsync<IOnlinePaymentAppService, OnlinePaymentDto>(gymB.Tenant, s => s.GetAsync(paid.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsMemberAsync<IOnlinePaymentAppService, OnlinePaymentDto>(gymB.Tenant, memberB, s => s.GetAsync(paid.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsAdminAsync<IOnlinePaymentAppService, List<OnlinePaymentDto>>(gymB.Tenant, s => s.GetListAsync(invoice.Id)));
        var confirm = await Should.ThrowAsync<BusinessException>(() => AsMemberAsync<ISavedCardAppService, SetupIntentDto>(gymB.Tenant, memberB,
            s => s.ConfirmSetupIntentAsync(pendingOfA.Id, new ConfirmSetupIntentDto { PaymentMethodId = "pm_card_visa" })));
        var cardsOfB = await CardsAsync(gymB.Tenant, memberB);
        var confirmedByA = await AsMemberAsync<ISavedCardAppService, SetupIntentDto>(gymA.Tenant, memberA,
            s => s.ConfirmSetupIntentAsync(pendingOfA.Id, new ConfirmSetupIntentDto { PaymentMethodId = "pm_card_mastercard" }));
        var readByA = await AsAdminAsync<IOnlinePaymentAppService, OnlinePaymentDto>(gymA.Tenant, s => s.GetAsync(paid.Id));

        confirm.Code.ShouldBe(BillingErrorCodes.PaymentMethodNotFound);
        cardsOfB.ShouldBeEmpty();
        confirmedByA.Status.ShouldBe("succeeded", "B's attempt left A's SetupIntent untouched");
        (await CardsAsync(gymA.Tenant, memberA)).Select(c => c.Last4).ShouldBe(["4242", "4444"], ignoreOrder: true);
        readByA.Status.ShouldBe(OnlinePaymentStatus.Succeeded);
    }

    [Fact]
    public async Task PayingAPaidInvoice_OrPayingToBookWithARecurringPlan_IsRefused_AndChangesNothing()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await ConnectedGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var invoice = await SellPackAsync(gym.Tenant, member, 2000);
        await SaveCardAsync(gym.Tenant, member, "pm_card_visa");
        var paid = await AsMemberAsync<IOnlinePaymentAppService, OnlinePaymentDto>(gym.Tenant, member, s => s.CreateAsync(new PayInvoiceOnlineDto { InvoiceId = invoice.Id }));
        var monthly = await _scenario.CreateMonthlyAsync(gym.Tenant);
        var membershipsBefore = await MembershipsOfAsync(gym.Tenant, member);

        var twice = await Should.ThrowAsync<BusinessException>(() =>
            AsMemberAsync<IOnlinePaymentAppService, OnlinePaymentDto>(gym.Tenant, member, s => s.CreateAsync(new PayInvoiceOnlineDto { InvoiceId = invoice.Id })));
        var recurring = await Should.ThrowAsync<BusinessException>(() => AsMemberAsync<IPayToBookAppService, PayToBookResultDto>(gym.Tenant, member,
            s => s.CreateAsync(new PayToBookDto { ClassSessionId = gym.Session.Id, PlanId = monthly.Id, PaymentMethodId = "pm_card_visa" })));
        var attempts = await AsMemberAsync<IOnlinePaymentAppService, List<OnlinePaymentDto>>(gym.Tenant, member, s => s.GetListAsync(invoice.Id));
        var after = await _scenario.GetInvoiceAsync(gym.Tenant, invoice.Id);
        var membershipsAfter = await MembershipsOfAsync(gym.Tenant, member);
        var session = await Bookings.GetSessionAsync(gym.Tenant, gym.Session.Id);
        var invoices = await _scenario.InvoicesOfAsync(gym.Tenant, member);

        twice.Code.ShouldBe(BillingErrorCodes.InvalidInvoiceStatus);
        recurring.Code.ShouldBe(BillingErrorCodes.InvalidPlan);
        attempts.ShouldHaveSingleItem().Id.ShouldBe(paid.Id);
        after.ShouldSatisfyAllConditions(i => i.Status.ShouldBe(InvoiceStatus.Paid), i => i.AmountPaid.ShouldBe(2000));
        membershipsAfter.Select(m => m.Id).ShouldBe(membershipsBefore.Select(m => m.Id), ignoreOrder: true);
        invoices.ShouldHaveSingleItem().Id.ShouldBe(invoice.Id);
        session.ConfirmedCount.ShouldBe(0);
    }

    [Fact]
    public async Task PayingToBookWithAPack_ConfirmsTheSeat_AndPaysItsInvoice()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await ConnectedGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var pack = await _scenario.CreatePackAsync(gym.Tenant, credits: 5, price: 6000);

        var bought = await AsMemberAsync<IPayToBookAppService, PayToBookResultDto>(gym.Tenant, member,
            s => s.CreateAsync(new PayToBookDto { ClassSessionId = gym.Session.Id, PlanId = pack.Id, PaymentMethodId = "pm_card_visa" }));
        var invoice = await _scenario.GetInvoiceAsync(gym.Tenant, bought.InvoiceId);
        var session = await Bookings.GetSessionAsync(gym.Tenant, gym.Session.Id);
        var balances = await _scenario.BalancesAsync(gym.Tenant, member);

        bought.ShouldSatisfyAllConditions(
            b => b.BookingStatus.ShouldBe(BookingStatus.Confirmed), b => b.Payment.Status.ShouldBe(OnlinePaymentStatus.Succeeded), b => b.Payment.Amount.ShouldBe(6000));
        invoice.ShouldSatisfyAllConditions(i => i.Status.ShouldBe(InvoiceStatus.Paid), i => i.MembershipId.ShouldBe(bought.MembershipId));
        session.ConfirmedCount.ShouldBe(1);
        balances.ShouldHaveSingleItem().Balance.ShouldBe(4);
    }

    private async Task<ConnectedGym> ConnectedGymAsync()
    {
        var gym = await _scenario.CreateGymAsync();
        var connection = await AsAdminAsync<IStripeConnectionAppService, StripeConnectionDto>(gym.Tenant, s => s.CreateAsync(new ConnectStripeDto { Email = "owner@gym.test" }));
        await fake.UpdateAccountAsync(connection.AccountId!, chargesEnabled: true, payoutsEnabled: true, detailsSubmitted: true, TestContext.Current.CancellationToken);
        var refreshed = await AsAdminAsync<IStripeConnectionAppService, StripeConnectionDto>(gym.Tenant, s => s.RefreshAsync());
        refreshed.ChargesEnabled.ShouldBeTrue();
        return new ConnectedGym(gym.Tenant, gym.Session, connection.AccountId!);
    }

    private async Task<InvoiceDto> SellPackAsync(TestTenant tenant, Guid member, long price)
    {
        var pack = await _scenario.CreatePackAsync(tenant, credits: 5, price: price);
        var sale = await _scenario.SellAsync(tenant, member, pack.Id);
        sale.Invoice.AmountDue.ShouldBe(price);
        return sale.Invoice;
    }

    private async Task<SetupIntentDto> SaveCardAsync(TestTenant tenant, Guid member, string paymentMethodId)
    {
        var setup = await AsMemberAsync<ISavedCardAppService, SetupIntentDto>(tenant, member, s => s.CreateSetupIntentAsync());
        return await AsMemberAsync<ISavedCardAppService, SetupIntentDto>(tenant, member,
            s => s.ConfirmSetupIntentAsync(setup.Id, new ConfirmSetupIntentDto { PaymentMethodId = paymentMethodId }));
    }

    private Task<List<SavedCardDto>> CardsAsync(TestTenant tenant, Guid member) =>
        AsMemberAsync<ISavedCardAppService, List<SavedCardDto>>(tenant, member, s => s.GetListAsync());

    private async Task<IReadOnlyList<MembershipDto>> MembershipsOfAsync(TestTenant tenant, Guid member) =>
        (await AsAdminAsync<IMembershipAppService, PagedResultDto<MembershipDto>>(tenant, s => s.GetListAsync(new GetMembershipListInput { MemberId = member }))).Items;

    private Task<TResult> AsAdminAsync<TService, TResult>(TestTenant tenant, Func<TService, Task<TResult>> call)
        where TService : notnull => Bookings.AsAdminAsync(tenant, call);

    private Task<TResult> AsMemberAsync<TService, TResult>(TestTenant tenant, Guid member, Func<TService, Task<TResult>> call)
        where TService : notnull => Bookings.AsMemberAsync(tenant, member, call);

    private Task AsMemberAsync<TService>(TestTenant tenant, Guid member, Func<TService, Task> call)
        where TService : notnull => Bookings.AsAsync(tenant.Id, member, IdentityConsts.MemberRole, call);

    private Task<TResult> AsStaffAsync<TService, TResult>(TestTenant tenant, Guid staff, Func<TService, Task<TResult>> call)
        where TService : notnull => Bookings.AsAsync(tenant.Id, staff, IdentityConsts.StaffRole, call);

    private sealed record ConnectedGym(TestTenant Tenant, ClassSessionDto Session, string AccountId);
}
