using FitSaaS.Framework;
using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.EventBus;

/// <summary>The event-bus contracts: the dead-letter service and its host-only permission.</summary>
[DependsOn(typeof(FitSaaSFrameworkModule))]
public sealed class EventBusApplicationContractsModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.Configure<PermissionOptions>(options => options.DefinitionProviders.Add(typeof(EventBusPermissionDefinitionProvider)));
    }
}
