using FitSaaS.Framework.Application;

namespace FitSaaS.Billing.Platform;

/// <summary>
/// Platform operators price editions (<c>/api/billing/platform/edition-prices</c>): per month or per year, charged to gyms
/// through Stripe Billing on the platform's account. Host-side permissions only (<c>FitSaaS.PlatformBilling.EditionPrices</c>).
/// </summary>
[HttpApiRoute("api/billing/platform/edition-prices")]
public interface IEditionPriceAppService : IApplicationService
{
    /// <summary>Every edition price.</summary>
    Task<IReadOnlyList<EditionPriceDto>> GetListAsync();

    /// <summary>
    /// Sets an edition's price for an interval: the edition's Stripe Product is created once, and a new Stripe Price when the
    /// amount or currency changes (gyms already subscribed keep theirs). Errors: <c>Features:EditionNotFound</c>,
    /// <c>Billing:InvalidAmount</c>, <c>Billing:UnknownCurrency</c>, <c>Billing:StripeUnavailable</c>,
    /// <c>Billing:StripeNotConfigured</c>.
    /// </summary>
    Task<EditionPriceDto> CreateAsync(SetEditionPriceDto input);
}
