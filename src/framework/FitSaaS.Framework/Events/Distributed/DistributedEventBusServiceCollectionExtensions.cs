using FitSaaS.Framework.Tracing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FitSaaS.Framework.Events.Distributed;

/// <summary>Registration of the distributed event bus.</summary>
public static class DistributedEventBusServiceCollectionExtensions
{
    /// <summary>The configuration section of <see cref="DistributedEventBusOptions"/>.</summary>
    public const string SectionName = "EventBus";

    /// <summary>
    /// Adds the outbox event bus, <see cref="DistributedEventBusOptions"/> (section <c>EventBus</c>), <see cref="OutboxOptions"/>
    /// (section <c>EventBus:Outbox</c>), the correlation id accessor and, unless another transport was registered before
    /// (TryAdd), the <see cref="InProcessDistributedEventTransport"/>. The outbox, inbox and dispatcher come from the EF Core
    /// layer; handlers (<see cref="IDistributedEventHandler{TEto}"/>) are registered by convention.
    /// </summary>
    public static IServiceCollection AddFitSaaSDistributedEventBus(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DistributedEventBusOptions>().BindConfiguration(SectionName)
            .Validate(o => o.MaxDeliveryAttempts >= 1, "EventBus:MaxDeliveryAttempts must be at least 1.")
            .Validate(o => o.FirstRetryDelay >= TimeSpan.Zero, "EventBus:FirstRetryDelay must not be negative.");
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName)
            .Validate(o => o.BatchSize >= 1, "EventBus:Outbox:BatchSize must be at least 1.")
            .Validate(o => o.PollInterval > TimeSpan.Zero, "EventBus:Outbox:PollInterval must be positive.");
        services.AddOptions<DistributedEventOptions>();
        services.TryAddSingleton<ICorrelationIdAccessor, AsyncLocalCorrelationIdAccessor>();
        services.TryAddSingleton<DistributedEventHandlerInvokers>();
        services.TryAddScoped<IDistributedEventBus, OutboxDistributedEventBus>();
        services.TryAddSingleton<IDistributedEventTransport, InProcessDistributedEventTransport>();
        return services;
    }
}
