using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Billing.Platform;

/// <summary>Platform billing's application-service contracts, DTOs and permission definitions.</summary>
[DependsOn(typeof(BillingDomainSharedModule))]
public sealed class PlatformBillingApplicationContractsModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.Configure<PermissionOptions>(o => o.DefinitionProviders.Add(typeof(PlatformBillingPermissionDefinitionProvider)));
    }
}
