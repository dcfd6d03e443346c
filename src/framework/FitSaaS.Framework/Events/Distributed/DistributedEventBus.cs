using System.Collections.Concurrent;
using System.Reflection;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Tracing;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FitSaaS.Framework.Events.Distributed;

/// <summary>
/// The transactional outbox (implemented by the EF Core layer): stores envelopes in the database of their tenant, inside
/// the current unit of work, for the outbox dispatcher to send after commit.
/// </summary>
public interface IDistributedEventOutbox
{
    /// <summary>
    /// Adds <paramref name="envelope"/> to the outbox of the database of <see cref="DistributedEventEnvelope.TenantId"/>
    /// (the tenant's own database, or the shared one), in the current unit of work: it is committed or rolled back with it.
    /// </summary>
    /// <exception cref="InvalidOperationException">No unit of work is active.</exception>
    Task AddAsync(DistributedEventEnvelope envelope, CancellationToken cancellationToken = default);
}

/// <summary>Default <see cref="IDistributedEventBus"/>: wraps the event in an envelope and writes it to the <see cref="IDistributedEventOutbox"/>.</summary>
public sealed class OutboxDistributedEventBus(
    IDistributedEventOutbox outbox,
    IUnitOfWorkManager unitOfWorkManager,
    IOptions<DistributedEventOptions> eventOptions,
    IGuidGenerator guidGenerator,
    ICurrentTenant currentTenant,
    ICorrelationIdAccessor correlationIdAccessor,
    TimeProvider timeProvider) : IDistributedEventBus
{
    /// <inheritdoc/>
    public async Task PublishAsync<TEto>(TEto eventData, CancellationToken cancellationToken = default)
        where TEto : class
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (unitOfWorkManager.Current is null)
        {
            throw new InvalidOperationException(
                $"Distributed event {typeof(TEto).Name} must be published inside a unit of work (it is written to the outbox of its transaction).");
        }

        var envelope = DistributedEventEnvelope.Create(
            eventOptions.Value.EventTypes, eventData, guidGenerator.Create(), currentTenant.Id,
            AsyncLocalCorrelationIdAccessor.Normalize(correlationIdAccessor.CorrelationId), timeProvider.GetUtcNow().UtcDateTime);
        await outbox.AddAsync(envelope, cancellationToken);
    }
}

/// <summary>
/// The in-process transport (embedded profile, and the default when no broker is configured): hands each message to the
/// <see cref="IDistributedEventReceiver"/> of this process, in a clean execution context (none of the dispatcher's tenant,
/// cross-tenant scope or user flows into the handlers). A failed handling throws, so the outbox keeps the message and the
/// dispatcher retries it with back-off, then dead-letters it.
/// </summary>
public sealed class InProcessDistributedEventTransport(IDistributedEventReceiver receiver) : IDistributedEventTransport
{
    /// <inheritdoc/>
    public async Task SendAsync(DistributedEventEnvelope envelope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        Task delivery;
        using (ExecutionContext.SuppressFlow())
        {
            delivery = Task.Run(() => receiver.ReceiveAsync(envelope, cancellationToken), CancellationToken.None);
        }

        await delivery;
    }
}

/// <summary>Per event type, the <see cref="IDistributedEventHandler{TEto}"/> interface and a compiled call of its method.</summary>
public sealed class DistributedEventHandlerInvokers
{
    private readonly ConcurrentDictionary<Type, (Type, Func<object, object, CancellationToken, Task>)> _invokers = new();

    /// <summary>The handler interface and an invoker for <paramref name="eventType"/>.</summary>
    public (Type HandlerType, Func<object, object, CancellationToken, Task> Invoke) Get(Type eventType) =>
        _invokers.GetOrAdd(eventType, static type =>
        {
            var handlerType = typeof(IDistributedEventHandler<>).MakeGenericType(type);
            var invoke = typeof(DistributedEventHandlerInvokers)
                .GetMethod(nameof(InvokeAsync), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(type)
                .CreateDelegate<Func<object, object, CancellationToken, Task>>();
            return (handlerType, invoke);
        });

    private static Task InvokeAsync<TEto>(object handler, object eventData, CancellationToken cancellationToken)
        where TEto : class =>
        ((IDistributedEventHandler<TEto>)handler).HandleEventAsync((TEto)eventData, cancellationToken);
}

/// <summary>Options of the outbox dispatcher and the inbox (configuration section <c>EventBus:Outbox</c>).</summary>
public sealed class OutboxOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "EventBus:Outbox";

    /// <summary>False to not run the dispatcher in this process (events are still written to the outbox); default true.</summary>
    public bool IsDispatcherEnabled { get; set; } = true;

    /// <summary>How often the dispatcher looks for due messages without being woken by a commit; default 1 s.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Messages taken from one database at a time; default 100 (at least 1).</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How often the list of tenant databases is re-read; default 30 s (a commit in an unknown tenant database adds it at once).</summary>
    public TimeSpan TenantDatabaseRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Inbox records older than this are deleted by the daily cleanup job; default 7 days (redeliveries come much sooner).</summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Longest wait between two sending attempts of one message while the transport is unavailable
    /// (<see cref="DistributedEventTransportException"/>); default 30 s, so messages go out at most that long after the
    /// broker is back. The back-off doubles from <see cref="DistributedEventBusOptions.FirstRetryDelay"/> up to it.
    /// </summary>
    public TimeSpan MaxTransportRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// A transport did not take a message for reasons that are not the message's (broker unreachable, connection lost, no
/// publisher confirm in time, refused by the broker). The outbox dispatcher keeps the message and retries it with back-off
/// (at most <see cref="OutboxOptions.MaxTransportRetryDelay"/> apart) for as long as the outage lasts, without spending
/// <see cref="DistributedEventBusOptions.MaxDeliveryAttempts"/>: those are for failed handling, which ends in the dead-letter store.
/// </summary>
public class DistributedEventTransportException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DistributedEventTransportException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public DistributedEventTransportException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public DistributedEventTransportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

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
