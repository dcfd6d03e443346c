using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.FeatureManagement;

/// <summary>The FeatureManagement module's application-service contracts, DTOs and permission definitions.</summary>
[DependsOn(typeof(FeatureManagementDomainSharedModule))]
public sealed class FeatureManagementApplicationContractsModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.Configure<PermissionOptions>(o => o.DefinitionProviders.Add(typeof(FeatureManagementPermissionDefinitionProvider)));
    }
}
