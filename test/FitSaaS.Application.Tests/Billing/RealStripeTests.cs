using FitSaaS.Billing;
using FitSaaS.Billing.Platform;
using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Billing;

/// <summary>
/// The opt-in lane against Stripe's own test mode (<see cref="RealStripe"/>): what the emulator and the fake stand in for,
/// checked against the real API — edition prices on the platform account, and a gym's whole card flow on a connected
/// test account: a saved card, an invoice paid on-session, 3-D Secure asking for action, a decline classified, a partial
/// refund. Skipped unless STRIPE_TEST_SECRET_KEY (and, for the gym part, STRIPE_TEST_CONNECTED_ACCOUNT) is set.
/// </summary>
public sealed class RealStripeTests(RealStripeApplicationFixture fixture) : IClassFixture<RealStripeApplicationFixture>
{
    private readonly BillingScenario _scenario = new(fixture);

    [Fact]
    public async Task AnEditionPrice_IsAStripePriceOnThePlatformAccount_AndSettingItAgainMakesNoSecondOne()
    {
        Assert.SkipWhen(RealStripe.SecretKey is null, RealStripe.SkipReason);
        var ct = TestContext.Current.CancellationToken;
        var amount = 100 + Random.Shared.Next(9_000); // a fresh amount per run: a new Price at Stripe

        var first = await SetProPriceAsync(amount, ct);
        var again = await SetProPriceAsync(amount, ct);

        first.ShouldSatisfyAllConditions(p => p.StripePriceId.ShouldStartWith("price_"), p => p.StripeProductId.ShouldStartWith("prod_"), p => p.Amount.ShouldBe(amount));
        (again.Id, again.StripePriceId).ShouldBe((first.Id, first.StripePriceId));
    }

    [Fact]
    public async Task AGym_OnItsConnectedAccount_SavesACard_PaysOnSession_Gets3DSecureAndADecline_AndRefundsInPart()
    {
        Assert.SkipWhen(RealStripe.SecretKey is null, RealStripe.SkipReason);
        Assert.SkipWhen(RealStripe.ConnectedAccount is null, RealStripe.NoAccountSkipReason);
        var gym = await _scenario.CreateGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var connected = await _scenario.AsAdminAsync<IStripeConnectionAppService, StripeConnectionDto>(
            gym.Tenant, s => s.CreateAsync(new ConnectStripeDto { AccountId = RealStripe.ConnectedAccount }));
        connected.ChargesEnabled.ShouldBeTrue($"{RealStripe.ConnectedAccountVariable} must take charges");

        var setup = await _scenario.AsMemberAsync<ISavedCardAppService, SetupIntentDto>(gym.Tenant, member, s => s.CreateSetupIntentAsync());
        var saved = await _scenario.AsMemberAsync<ISavedCardAppService, SetupIntentDto>(gym.Tenant, member,
            s => s.ConfirmSetupIntentAsync(setup.Id, new ConfirmSetupIntentDto { PaymentMethodId = "pm_card_visa" }));
        var paid = await PayAsync(gym.Tenant, member, 5000, null);
        var threeDs = await PayAsync(gym.Tenant, member, 3000, "pm_card_threeDSecure2Required");
        var declined = await PayAsync(gym.Tenant, member, 2000, "pm_card_chargeDeclinedInsufficientFunds");
        var note = await _scenario.AsAdminAsync<IPaymentAppService, CreditNoteDto>(
            gym.Tenant, s => s.RefundAsync(paid.PaymentId!.Value, new RefundPaymentDto { Amount = 1500, Reason = "Real Stripe lane" }));
        var payment = await _scenario.AsAdminAsync<IPaymentAppService, PaymentDto>(gym.Tenant, s => s.GetAsync(paid.PaymentId!.Value));
        await _scenario.AsAdminAsync<IStripeConnectionAppService, bool>(gym.Tenant, async s => { await s.DeleteAsync(); return true; });

        saved.Status.ShouldBe("succeeded");
        paid.ShouldSatisfyAllConditions(p => p.Status.ShouldBe(OnlinePaymentStatus.Succeeded), p => p.PaymentIntentId.ShouldStartWith("pi_"));
        threeDs.ShouldSatisfyAllConditions(p => p.Status.ShouldBe(OnlinePaymentStatus.RequiresAction), p => p.ClientSecret.ShouldNotBeNullOrEmpty(), p => p.PaymentId.ShouldBeNull());
        declined.ShouldSatisfyAllConditions(
            p => p.Status.ShouldBe(OnlinePaymentStatus.Failed), p => p.DeclineCode.ShouldBe("insufficient_funds"), p => p.DeclineKind.ShouldBe(DeclineKind.Soft));
        note.Amount.ShouldBe(1500);
        payment.AmountRefunded.ShouldBe(1500);
    }

    private async Task<OnlinePaymentDto> PayAsync(TestTenant tenant, Guid member, long price, string? paymentMethodId)
    {
        var pack = await _scenario.CreatePackAsync(tenant, credits: 1, price: price);
        var sale = await _scenario.SellAsync(tenant, member, pack.Id);
        return await _scenario.AsMemberAsync<IOnlinePaymentAppService, OnlinePaymentDto>(tenant, member,
            s => s.CreateAsync(new PayInvoiceOnlineDto { InvoiceId = sale.Invoice.Id, PaymentMethodId = paymentMethodId }));
    }

    private async Task<EditionPrice> SetProPriceAsync(long amount, CancellationToken ct)
    {
        using var host = fixture.Services.GetRequiredService<ICurrentTenant>().Change(null);
        await using var scope = fixture.CreateScope();
        var edition = await scope.ServiceProvider.GetRequiredService<IEditionRepository>().FindByNameAsync(EditionNames.Pro.ToUpperInvariant(), ct)
            ?? throw new BusinessException("Test:NoProEdition", "The Pro edition is seeded.");
        return await scope.ServiceProvider.GetRequiredService<PlatformBillingManager>()
            .SetEditionPriceAsync(edition.Id, PlatformBillingInterval.Month, amount, "USD", ct);
    }
}
