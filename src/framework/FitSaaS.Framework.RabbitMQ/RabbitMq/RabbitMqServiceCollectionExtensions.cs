using FitSaaS.Framework.Events.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FitSaaS.Framework.Events.RabbitMq;

/// <summary>Registers the RabbitMQ transport of the distributed event bus.</summary>
public static class RabbitMqServiceCollectionExtensions
{
    /// <summary>
    /// When <c>RabbitMQ:Connections:Default:HostName</c> is set (see <see cref="RabbitMqEventBusOptions"/>): replaces the
    /// <see cref="IDistributedEventTransport"/> with <see cref="RabbitMqDistributedEventTransport"/>, adds the
    /// <see cref="RabbitMqDistributedEventConsumer"/> hosted service when <c>RabbitMQ:EventBus:ClientName</c> is set, and the
    /// <c>rabbitmq</c> health check tagged <c>ready</c>. Otherwise changes nothing (the in-process transport stays).
    /// </summary>
    /// <returns>True when RabbitMQ is configured and registered.</returns>
    /// <exception cref="FormatException">A malformed RabbitMQ setting (the message names the key).</exception>
    public static bool AddFitSaaSRabbitMqEventBus(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = RabbitMqEventBusOptions.FromConfiguration(configuration);
        return options is not null && services.AddFitSaaSRabbitMqEventBus(options);
    }

    /// <summary>Registers the RabbitMQ transport with explicit options (see the configuration overload).</summary>
    /// <returns>Always true.</returns>
    /// <exception cref="FormatException">The options are out of range.</exception>
    public static bool AddFitSaaSRabbitMqEventBus(this IServiceCollection services, RabbitMqEventBusOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        services.AddOptions<DistributedEventOptions>();
        services.AddOptions<DistributedEventBusOptions>();
        services.Replace(ServiceDescriptor.Singleton<IOptions<RabbitMqEventBusOptions>>(Options.Create(options)));
        services.TryAddSingleton<RabbitMqDistributedEventTransport>();
        services.RemoveAll<IDistributedEventTransport>();
        services.AddSingleton<IDistributedEventTransport>(sp => sp.GetRequiredService<RabbitMqDistributedEventTransport>());
        if (options.ClientName.Length > 0)
        {
            services.TryAddSingleton<RabbitMqDistributedEventConsumer>();
            services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<RabbitMqDistributedEventConsumer>());
        }

        services.Configure<HealthCheckServiceOptions>(health =>
        {
            if (health.Registrations.All(r => r.Name != RabbitMqHealthCheck.Name))
            {
                health.Registrations.Add(new HealthCheckRegistration(
                    RabbitMqHealthCheck.Name,
                    sp => new RabbitMqHealthCheck(sp.GetRequiredService<RabbitMqDistributedEventTransport>(), sp.GetService<RabbitMqDistributedEventConsumer>()),
                    failureStatus: HealthStatus.Unhealthy,
                    tags: ["ready"]));
            }
        });
        return true;
    }
}
