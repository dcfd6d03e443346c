using FitSaaS.Billing;
using FitSaaS.Billing.Stripe;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Testing;
using FitSaaS.Testing.Stripe;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Billing;

/// <summary>
/// Through the application services and the webhook processor (Stripe.net against the fake Stripe in front of the local
/// emulator): a refund made in Stripe's dashboard booked once as a FitSaaS refund; staff charging a saved card through
/// the payments service (one path with online payments); a collection stopped by a hard decline resumed by a new card.
/// </summary>
public sealed class StripeRefundAndCollectionTests(StripeApplicationFixture fixture) : IClassFixture<StripeApplicationFixture>
{
    private readonly BillingScenario _scenario = new(fixture);

    [Fact]
    public async Task ADashboardRefund_IsBookedOnce_AndAFitSaaSRefundIsNotCountedAgain()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await ConnectedGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var invoice = await SellPackAsync(gym.Tenant, member, 8000);
        var paid = await _scenario.AsMemberAsync<IOnlinePaymentAppService, OnlinePaymentDto>(gym.Tenant, member,
            s => s.CreateAsync(new PayInvoiceOnlineDto { InvoiceId = invoice.Id, PaymentMethodId = "pm_card_visa" }));

        var own = await _scenario.AsAdminAsync<IPaymentAppService, CreditNoteDto>(gym.Tenant,
            s => s.RefundAsync(paid.PaymentId!.Value, new RefundPaymentDto { Amount = 2000, Reason = "Goodwill" }));
        var ownEvents = new[] { fixture.Fake.LastEvent("charge.refunded")!, fixture.Fake.LastEvent("refund.created")! };
        var dashboard = await fixture.Fake.RefundInDashboardAsync(gym.AccountId, paid.PaymentIntentId!, 3000, TestContext.Current.CancellationToken);
        var outcomes = new List<StripeWebhookOutcome>();
        foreach (var e in ownEvents.Concat([fixture.Fake.LastEvent("charge.refunded")!, fixture.Fake.LastEvent("refund.created")!, fixture.Fake.LastEvent("charge.refunded")!]))
        {
            outcomes.Add(await ProcessAsync(e));
        }

        var payment = await _scenario.AsAdminAsync<IPaymentAppService, PaymentDto>(gym.Tenant, s => s.GetAsync(paid.PaymentId!.Value));
        var after = await _scenario.GetInvoiceAsync(gym.Tenant, invoice.Id);

        outcomes.ShouldBe([StripeWebhookOutcome.Applied, StripeWebhookOutcome.Applied, StripeWebhookOutcome.Applied, StripeWebhookOutcome.Applied, StripeWebhookOutcome.Duplicate]);
        payment.ShouldSatisfyAllConditions(
            p => p.AmountRefunded.ShouldBe(5000), p => p.Status.ShouldBe(PaymentStatus.PartiallyRefunded), p => p.Refunds.Count.ShouldBe(2),
            p => p.Refunds.Single(r => r.CreditNoteId == own.Id).Amount.ShouldBe(2000),
            p => p.Refunds.Single(r => r.CreditNoteId != own.Id).ShouldSatisfyAllConditions(r => r.Amount.ShouldBe(3000), r => r.ProviderReference.ShouldBe(dashboard)));
        after.AmountCredited.ShouldBe(5000);
    }

    [Fact]
    public async Task StaffChargeTheSavedCard_ThroughThePaymentsService_AndADeclineIsPaymentFailed()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await ConnectedGymAsync();
        var good = await _scenario.CreateMemberAsync(gym.Tenant);
        var bad = await _scenario.CreateMemberAsync(gym.Tenant);
        var goodInvoice = await SellPackAsync(gym.Tenant, good, 4500);
        var badInvoice = await SellPackAsync(gym.Tenant, bad, 4500);
        await SaveCardAsync(gym.Tenant, good, "pm_card_visa");
        await SaveCardAsync(gym.Tenant, bad, "pm_card_chargeCustomerFail");

        var part = await _scenario.AsAdminAsync<IPaymentAppService, PaymentDto>(gym.Tenant,
            s => s.CreateAsync(new CreatePaymentDto { InvoiceId = goodInvoice.Id, Amount = 1500, Provider = "stripe" }));
        var rest = await _scenario.AsAdminAsync<IPaymentAppService, PaymentDto>(gym.Tenant,
            s => s.CreateAsync(new CreatePaymentDto { InvoiceId = goodInvoice.Id, Amount = 3000, Provider = "stripe" }));
        var over = await Should.ThrowAsync<BusinessException>(() => _scenario.AsAdminAsync<IPaymentAppService, PaymentDto>(gym.Tenant,
            s => s.CreateAsync(new CreatePaymentDto { InvoiceId = badInvoice.Id, Amount = 9999, Provider = "stripe" })));
        var declined = await Should.ThrowAsync<BusinessException>(() => _scenario.AsAdminAsync<IPaymentAppService, PaymentDto>(gym.Tenant,
            s => s.CreateAsync(new CreatePaymentDto { InvoiceId = badInvoice.Id, Amount = 4500, Provider = "stripe" })));
        var cash = await _scenario.AsAdminAsync<IPaymentAppService, PaymentDto>(gym.Tenant,
            s => s.CreateAsync(new CreatePaymentDto { InvoiceId = badInvoice.Id, Amount = 4500, Method = PaymentMethod.Cash }));
        var paid = await _scenario.GetInvoiceAsync(gym.Tenant, goodInvoice.Id);

        (part.Provider, part.Amount, rest.Amount).ShouldBe(("stripe", 1500L, 3000L));
        paid.ShouldSatisfyAllConditions(i => i.Status.ShouldBe(InvoiceStatus.Paid), i => i.AmountPaid.ShouldBe(4500));
        over.Code.ShouldBe(BillingErrorCodes.OverPayment);
        declined.ShouldSatisfyAllConditions(e => e.Code.ShouldBe(BillingErrorCodes.PaymentFailed), e => e.Details["failureCode"].ShouldBe("generic_decline"));
        cash.Provider.ShouldBe("manual", "the manual provider still records in one transaction");
    }

    [Fact]
    public async Task ANewCardAfterAHardDecline_ResumesTheCollection_ChargedOnceAtTheNextRun()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await ConnectedGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var invoice = await SellPackAsync(gym.Tenant, member, 3500);
        var setup = await _scenario.AsMemberAsync<ISavedCardAppService, SetupIntentDto>(gym.Tenant, member, s => s.CreateSetupIntentAsync());
        await _scenario.AsMemberAsync<ISavedCardAppService, SetupIntentDto>(gym.Tenant, member,
            s => s.ConfirmSetupIntentAsync(setup.Id, new ConfirmSetupIntentDto { PaymentMethodId = "pm_card_threeDSecure2Required" }));
        await fixture.Fake.CompleteAuthenticationAsync(setup.Id, succeed: true, TestContext.Current.CancellationToken);
        await ProcessAsync(fixture.Fake.Events.Last(e => e.Type == "setup_intent.succeeded" && e.Json.Contains(setup.Id, StringComparison.Ordinal)));

        await RunCollectionAsync(gym.Tenant, DateTime.UtcNow);
        var stopped = await CollectionAsync(gym.Tenant, invoice.Id);
        var visa = await SaveCardAsync(gym.Tenant, member, "pm_card_visa");
        await ProcessAsync(fixture.Fake.Events.Last(e => e.Type == "setup_intent.succeeded" && e.Json.Contains(visa.Id, StringComparison.Ordinal)));
        await SaveCardAsync(gym.Tenant, member, "pm_card_mastercard");
        var resumed = await CollectionAsync(gym.Tenant, invoice.Id);
        var charges = await Task.WhenAll(RunCollectionAsync(gym.Tenant, DateTime.UtcNow.AddMinutes(1)), RunCollectionAsync(gym.Tenant, DateTime.UtcNow.AddMinutes(1)));
        var after = await _scenario.GetInvoiceAsync(gym.Tenant, invoice.Id);
        var cards = await _scenario.AsMemberAsync<ISavedCardAppService, List<SavedCardDto>>(gym.Tenant, member, s => s.GetListAsync());

        stopped.Status.ShouldBe(CardCollectionStatus.CardUpdateRequired);
        resumed.Status.ShouldBe(CardCollectionStatus.Scheduled);
        charges.Sum().ShouldBe(1);
        after.Status.ShouldBe(InvoiceStatus.Paid);
        cards.Single(c => c.IsDefault).Id.ShouldBe(visa.PaymentMethodId);
        (await CollectionAsync(gym.Tenant, invoice.Id)).Status.ShouldBe(CardCollectionStatus.Closed);
    }

    private async Task<StripeWebhookOutcome> ProcessAsync(FakeStripeEvent stripeEvent)
    {
        await using var scope = fixture.CreateScope();
        var (outcome, _, _) = await scope.ServiceProvider.GetRequiredService<StripeWebhookProcessor>().ProcessAsync(
            stripeEvent.Json, fixture.Fake.SignatureHeader(stripeEvent.Json, StripeApplicationFixture.ConnectWebhookSecret), TestContext.Current.CancellationToken);
        return outcome;
    }

    private async Task<int> RunCollectionAsync(TestTenant tenant, DateTime now)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenant.Id);
        await using var scope = fixture.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CardCollectionManager>().RunAsync(now, TestContext.Current.CancellationToken);
    }

    private async Task<CardCollection> CollectionAsync(TestTenant tenant, Guid invoiceId)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenant.Id);
        return await fixture.Services.GetRequiredService<IServiceScopeFactory>().RunInUnitOfWorkAsync(new UnitOfWorkOptions { IsTransactional = false },
            async (services, ct) => (await services.GetRequiredService<ICardCollectionRepository>().FindByInvoiceAsync(invoiceId, ct)).ShouldNotBeNull());
    }

    private async Task<(TestTenant Tenant, string AccountId)> ConnectedGymAsync()
    {
        var gym = await _scenario.CreateGymAsync();
        var connection = await _scenario.AsAdminAsync<IStripeConnectionAppService, StripeConnectionDto>(gym.Tenant, s => s.CreateAsync(new ConnectStripeDto { Email = "owner@gym.test" }));
        await fixture.Fake.UpdateAccountAsync(connection.AccountId!, chargesEnabled: true, payoutsEnabled: true, detailsSubmitted: true, TestContext.Current.CancellationToken);
        (await _scenario.AsAdminAsync<IStripeConnectionAppService, StripeConnectionDto>(gym.Tenant, s => s.RefreshAsync())).ChargesEnabled.ShouldBeTrue();
        return (gym.Tenant, connection.AccountId!);
    }

    private async Task<InvoiceDto> SellPackAsync(TestTenant tenant, Guid member, long price)
    {
        var pack = await _scenario.CreatePackAsync(tenant, credits: 5, price: price);
        return (await _scenario.SellAsync(tenant, member, pack.Id)).Invoice;
    }

    private async Task<SetupIntentDto> SaveCardAsync(TestTenant tenant, Guid member, string paymentMethodId)
    {
        var setup = await _scenario.AsMemberAsync<ISavedCardAppService, SetupIntentDto>(tenant, member, s => s.CreateSetupIntentAsync());
        var saved = await _scenario.AsMemberAsync<ISavedCardAppService, SetupIntentDto>(tenant, member,
            s => s.ConfirmSetupIntentAsync(setup.Id, new ConfirmSetupIntentDto { PaymentMethodId = paymentMethodId }));
        saved.Status.ShouldBe("succeeded");
        return saved;
    }
}
