using FitSaaS.Framework.Modularity;

namespace FitSaaS.Framework.Events.RabbitMq;

/// <summary>
/// The RabbitMQ transport of the distributed event bus, for server-side hosts: when
/// <c>RabbitMQ:Connections:Default:HostName</c> is set it replaces the in-process transport that
/// <see cref="FitSaaSFrameworkModule"/> registers (see <see cref="RabbitMqServiceCollectionExtensions.AddFitSaaSRabbitMqEventBus(Microsoft.Extensions.DependencyInjection.IServiceCollection, Microsoft.Extensions.Configuration.IConfiguration)"/>);
/// otherwise it changes nothing.
/// </summary>
[DependsOn(typeof(FitSaaSFrameworkModule))]
public sealed class FitSaaSFrameworkRabbitMqModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.AddFitSaaSRabbitMqEventBus(context.Configuration);
    }
}
