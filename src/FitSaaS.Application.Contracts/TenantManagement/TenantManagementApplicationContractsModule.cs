using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.TenantManagement;

/// <summary>The TenantManagement module's application-service contracts, DTOs and permission definitions.</summary>
[DependsOn(typeof(TenantManagementDomainSharedModule))]
public sealed class TenantManagementApplicationContractsModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.Configure<PermissionOptions>(o => o.DefinitionProviders.Add(typeof(TenantManagementPermissionDefinitionProvider)));
    }
}
