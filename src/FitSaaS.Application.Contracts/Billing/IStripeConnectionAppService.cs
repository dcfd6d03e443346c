using FitSaaS.Framework.Application;

namespace FitSaaS.Billing;

/// <summary>
/// The gym's Stripe account (Stripe Connect, <c>/api/billing/stripe-connection</c>): connect it, onboard it at Stripe, read
/// its state. Needs the edition feature <c>Billing.OnlinePayments</c> (<c>Features:NotEnabled</c> otherwise) and the
/// permission <c>FitSaaS.Billing.OnlinePayments</c>; <c>Billing:StripeNotConfigured</c> when the platform has no Stripe key.
/// </summary>
[HttpApiRoute("api/billing/stripe-connection")]
public interface IStripeConnectionAppService : IApplicationService
{
    /// <summary>The connection (<c>isConnected=false</c> when there is none).</summary>
    Task<StripeConnectionDto> GetAsync();

    /// <summary>
    /// Connects the gym: to an account already connected to the platform (<see cref="ConnectStripeDto.AccountId"/>) or to a
    /// new Standard account created for it. Errors: <c>Billing:StripeAlreadyConnected</c>, <c>Billing:StripeAccountNotFound</c>,
    /// <c>Billing:StripeUnavailable</c>.
    /// </summary>
    Task<StripeConnectionDto> CreateAsync(ConnectStripeDto input);

    /// <summary>A link to Stripe's hosted onboarding (or account update) of the connected account, valid a few minutes. <c>Billing:StripeNotConnected</c> without a connection.</summary>
    Task<StripeOnboardingLinkDto> CreateOnboardingLinkAsync(CreateStripeOnboardingLinkDto input);

    /// <summary>Reads the account's state from Stripe again (Stripe also reports it through <c>account.updated</c> webhooks).</summary>
    Task<StripeConnectionDto> RefreshAsync();

    /// <summary>Disconnects the gym from its Stripe account (the account stays at Stripe). Online payments stop until it connects again.</summary>
    Task DeleteAsync();
}
