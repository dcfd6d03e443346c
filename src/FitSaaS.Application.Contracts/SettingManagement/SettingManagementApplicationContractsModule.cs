using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.SettingManagement;

/// <summary>The SettingManagement module's application-service contracts, DTOs and permission definitions.</summary>
[DependsOn(typeof(SettingManagementDomainSharedModule))]
public sealed class SettingManagementApplicationContractsModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.Configure<PermissionOptions>(o => o.DefinitionProviders.Add(typeof(SettingManagementPermissionDefinitionProvider)));
    }
}
