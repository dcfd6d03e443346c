using FitSaaS.Billing.Stripe;
using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Data;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Exceptions;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Billing.Platform;

/// <summary>
/// Demo data of platform billing (only with <see cref="DataSeedContext.IncludeDemoData"/>, for the host, and only when
/// Stripe is configured: prices are Stripe Prices on the platform's account): what the platform charges gyms for the paid
/// editions (<see cref="Prices"/>), so an operator sees priced editions and a gym can subscribe. Idempotent: an edition
/// already priced at that amount is left alone (<see cref="PlatformBillingManager.SetEditionPriceAsync"/>). Stripe being
/// unreachable does not stop the seed: the prices are skipped with a warning and set on a later start.
/// </summary>
public sealed partial class PlatformBillingDemoDataSeedContributor(
    StripeClientProvider stripe,
    IEditionRepository editions,
    PlatformBillingManager platformBilling,
    ILogger<PlatformBillingDemoDataSeedContributor> logger) : IDataSeedContributor, ITransientDependency
{
    /// <summary>The demo prices: edition name, interval and amount in US cents (a year costs ten months).</summary>
    public static readonly IReadOnlyList<(string Edition, PlatformBillingInterval Interval, long Amount)> Prices =
    [
        (EditionNames.Studio, PlatformBillingInterval.Month, 7900),
        (EditionNames.Studio, PlatformBillingInterval.Year, 79000),
        (EditionNames.Pro, PlatformBillingInterval.Month, 14900),
        (EditionNames.Pro, PlatformBillingInterval.Year, 149000),
    ];

    /// <summary>The demo prices' currency (ISO 4217).</summary>
    public const string Currency = "USD";

    /// <inheritdoc/>
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.IncludeDemoData || context.TenantId is not null || !stripe.IsConfigured)
        {
            return;
        }

        foreach (var (name, interval, amount) in Prices)
        {
            if (await editions.FindByNameAsync(name.ToUpperInvariant(), cancellationToken) is not { } edition)
            {
                continue;
            }

            try
            {
                await platformBilling.SetEditionPriceAsync(edition.Id, interval, amount, Currency, cancellationToken);
            }
            catch (BusinessException ex) when (ex.Code is BillingErrorCodes.StripeUnavailable or BillingErrorCodes.StripeRequestFailed)
            {
                LogPricesSkipped(logger, ex.Code);
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo edition prices not set: Stripe answered {Code}; they are set on a later start.")]
    private static partial void LogPricesSkipped(ILogger logger, string code);
}
