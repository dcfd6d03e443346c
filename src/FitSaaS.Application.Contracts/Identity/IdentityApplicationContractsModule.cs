using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Identity;

/// <summary>The Identity module's application-service contracts, DTOs and permission definitions.</summary>
[DependsOn(typeof(IdentityDomainSharedModule))]
public sealed class IdentityApplicationContractsModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.Configure<PermissionOptions>(o => o.DefinitionProviders.Add(typeof(IdentityPermissionDefinitionProvider)));
    }
}
