using FitSaaS.Framework.Application;

namespace FitSaaS.Billing;

/// <summary>
/// The current member's saved cards at the gym (<c>/api/billing/my-cards</c>), kept by Stripe on the gym's connected account:
/// FitSaaS stores no card data. Needs <c>Billing.OnlinePayments</c> and a connected account that takes charges
/// (<c>Billing:StripeNotConnected</c>); another member's card or setup is <c>Billing:PaymentMethodNotFound</c>.
/// </summary>
[HttpApiRoute("api/billing/my-cards")]
public interface ISavedCardAppService : IApplicationService
{
    /// <summary>The member's saved cards, the default (charged by renewals) marked.</summary>
    Task<List<SavedCardDto>> GetListAsync();

    /// <summary>Starts saving a card: a SetupIntent (off-session use) whose client secret the app confirms with Stripe.js.</summary>
    Task<SetupIntentDto> CreateSetupIntentAsync();

    /// <summary>
    /// Confirms the member's SetupIntent <paramref name="id"/> on the server with a payment method the app created
    /// (<c>pm_…</c>): <c>succeeded</c> saves it (the first card becomes the default), <c>requires_action</c> needs 3-D Secure
    /// in the app with the client secret, <c>requires_payment_method</c> with a failure code when the card was declined.
    /// </summary>
    Task<SetupIntentDto> ConfirmSetupIntentAsync(string id, ConfirmSetupIntentDto input);

    /// <summary>
    /// The member's recent attempts to save a card (at most 50), newest first: a refused card is
    /// <see cref="CardSetupStatus.Failed"/> with Stripe's code and message. No client secrets.
    /// </summary>
    [HttpApiRoute("setup-intents")]
    Task<List<CardSetupDto>> GetSetupIntentListAsync();

    /// <summary>
    /// The member's card setup <paramref name="id"/> (<c>seti_…</c>), with its client secret while it is not final
    /// (3-D Secure to finish, or another card to try). Another member's, or an unknown one, is <c>Billing:PaymentMethodNotFound</c>.
    /// </summary>
    [HttpApiRoute("setup-intents/{id}")]
    Task<CardSetupDto> GetSetupIntentAsync(string id);

    /// <summary>Removes a saved card (detached at Stripe).</summary>
    Task DeleteAsync(string id);

    /// <summary>Makes a saved card the default charged off-session.</summary>
    Task SetDefaultAsync(string id);
}
