using FitSaaS.Framework;
using FitSaaS.Framework.Modularity;
using FitSaaS.Framework.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.AuditLogging;

/// <summary>The AuditLogging module's constants, setting definitions and error codes.</summary>
[DependsOn(typeof(FitSaaSFrameworkModule))]
public sealed class AuditLoggingDomainSharedModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.Configure<SettingOptions>(o => o.DefinitionProviders.Add(typeof(AuditLoggingSettingDefinitionProvider)));
    }
}
