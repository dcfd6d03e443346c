using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Modularity;
using FitSaaS.TenantManagement;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Billing.Platform;

/// <summary>
/// Platform billing of gyms (issue 16 §5): edition prices, the gyms' Stripe Billing subscriptions on the platform account,
/// the webhooks that keep each gym's edition and paid-until date, and the grace period after a failed payment. Uses
/// Billing's Stripe client and webhook intake, and FeatureManagement to change a gym's edition.
/// </summary>
[DependsOn(typeof(BillingDomainModule), typeof(FeatureManagementDomainModule), typeof(TenantManagementDomainModule))]
public sealed class PlatformBillingDomainModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.AddOptions<PlatformBillingOptions>().BindConfiguration(PlatformBillingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        context.Services.Configure<ExceptionHttpStatusOptions>(options => options
            .Map(PlatformBillingErrorCodes.EditionNotPriced, 400)
            .Map(PlatformBillingErrorCodes.InvalidInterval, 400)
            .Map(PlatformBillingErrorCodes.AlreadySubscribed, 409)
            .Map(PlatformBillingErrorCodes.NotSubscribed, 409));
    }
}
