using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.PermissionManagement;

/// <summary>The PermissionManagement module's application-service contracts, DTOs and permission definitions.</summary>
[DependsOn(typeof(PermissionManagementDomainSharedModule))]
public sealed class PermissionManagementApplicationContractsModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.Configure<PermissionOptions>(o => o.DefinitionProviders.Add(typeof(PermissionManagementPermissionDefinitionProvider)));
    }
}
