using FitSaaS.Framework.Application;

namespace FitSaaS.Billing.Platform;

/// <summary>
/// The gym's platform subscription (<c>/api/billing/platform/subscription</c>): the gym pays the platform for its edition
/// through Stripe Billing. Tenant side, permission <c>FitSaaS.PlatformBilling.Subscription</c> (the gym's administrators);
/// <c>Billing:StripeNotConfigured</c> when the platform has no Stripe key.
/// </summary>
[HttpApiRoute("api/billing/platform/subscription")]
public interface ITenantSubscriptionAppService : IApplicationService
{
    /// <summary>The gym's subscription (<c>isSubscribed=false</c> when it never subscribed).</summary>
    Task<TenantSubscriptionDto> GetAsync();

    /// <summary>The editions' prices the gym can subscribe to.</summary>
    Task<IReadOnlyList<EditionPriceDto>> GetPricesAsync();

    /// <summary>
    /// Subscribes the gym to an edition's price with a card (a <c>pm_…</c> its app created with Stripe.js): once paid, the
    /// gym is on the edition until the period end, renewed by Stripe. Errors: <c>Features:EditionNotFound</c>,
    /// <c>PlatformBilling:EditionNotPriced</c>, <c>PlatformBilling:AlreadySubscribed</c>, <c>Billing:PaymentMethodNotFound</c>,
    /// <c>Billing:PaymentFailed</c>, <c>Billing:StripeUnavailable</c>.
    /// </summary>
    Task<TenantSubscriptionDto> CreateAsync(CreateTenantSubscriptionDto input);

    /// <summary>Cancels at the end of the paid period; the edition ends then. <c>PlatformBilling:NotSubscribed</c> without a live subscription.</summary>
    Task<TenantSubscriptionDto> CancelAsync();
}
