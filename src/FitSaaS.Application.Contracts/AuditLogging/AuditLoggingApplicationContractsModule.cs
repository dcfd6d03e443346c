using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.AuditLogging;

/// <summary>The AuditLogging module's application-service contracts, DTOs and permission definitions.</summary>
[DependsOn(typeof(AuditLoggingDomainSharedModule))]
public sealed class AuditLoggingApplicationContractsModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.Configure<PermissionOptions>(options => options.DefinitionProviders.Add(typeof(AuditLoggingPermissionDefinitionProvider)));
    }
}
