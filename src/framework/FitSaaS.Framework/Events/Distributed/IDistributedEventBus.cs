namespace FitSaaS.Framework.Events.Distributed;

/// <summary>
/// Publishes distributed events (<c>…Eto</c>) through the transactional outbox: the event is written as an outbox row in
/// the database of the change, in the caller's unit of work, and sent by the outbox dispatcher after commit. A rolled-back
/// unit of work sends nothing.
/// </summary>
public interface IDistributedEventBus
{
    /// <summary>
    /// Adds <paramref name="eventData"/> to the outbox of the current unit of work, stamped with a new message id, the
    /// current tenant, the correlation id of the request or job and the current UTC time.
    /// </summary>
    /// <typeparam name="TEto">A type registered in <see cref="DistributedEventOptions.EventTypes"/>.</typeparam>
    /// <exception cref="InvalidOperationException">The type is not registered, or no unit of work is active.</exception>
    Task PublishAsync<TEto>(TEto eventData, CancellationToken cancellationToken = default)
        where TEto : class;
}

/// <summary>
/// Handles one distributed event type; registered by convention. Runs in the message's tenant scope, in a new unit of
/// work that also records the message id in the inbox, so a redelivered message is handled once. Throwing rolls the unit
/// of work back and the message is retried (<see cref="DistributedEventBusOptions.MaxDeliveryAttempts"/>), then dead-lettered.
/// </summary>
/// <typeparam name="TEto">The event type, named <c>{Subject}{PastTense}Eto</c>.</typeparam>
public interface IDistributedEventHandler<in TEto>
    where TEto : class
{
    /// <summary>Handles the event inside the message's tenant scope and unit of work.</summary>
    Task HandleEventAsync(TEto eventData, CancellationToken cancellationToken = default);
}

/// <summary>
/// A message transport (in-process or RabbitMQ). The outbox dispatcher sends through it; on the consuming side it hands each
/// incoming message to the <see cref="IDistributedEventReceiver"/> and applies the retry and dead-letter policy of
/// <see cref="DistributedEventBusOptions"/>.
/// </summary>
public interface IDistributedEventTransport
{
    /// <summary>
    /// Sends one message. Completes once the transport has durably accepted it (for RabbitMQ: the publisher confirm); throws
    /// when it has not, in which case the outbox keeps the message and the dispatcher tries again later.
    /// </summary>
    Task SendAsync(DistributedEventEnvelope envelope, CancellationToken cancellationToken = default);
}

/// <summary>
/// The consuming side of the bus, called by the transport for each incoming message: skips message ids already in the
/// inbox, otherwise runs every <see cref="IDistributedEventHandler{TEto}"/> of the event in the message's tenant scope and
/// one unit of work together with the inbox record.
/// </summary>
public interface IDistributedEventReceiver
{
    /// <summary>Handles one message; throws when a handler failed (nothing of the attempt is kept).</summary>
    Task ReceiveAsync(DistributedEventEnvelope envelope, CancellationToken cancellationToken = default);
}

/// <summary>Keeps messages whose handling failed <see cref="DistributedEventBusOptions.MaxDeliveryAttempts"/> times, for host admins.</summary>
public interface IDistributedEventDeadLetterStore
{
    /// <summary>Records a dead-lettered message with the last error (type and message only, never secrets) and the number of attempts.</summary>
    Task AddAsync(DistributedEventEnvelope envelope, string error, int attempts, CancellationToken cancellationToken = default);
}

/// <summary>Options of the distributed event bus (configuration section <c>EventBus</c>).</summary>
public sealed class DistributedEventBusOptions
{
    /// <summary>Handling attempts of one message before it is dead-lettered; default 5 (at least 1).</summary>
    public int MaxDeliveryAttempts { get; set; } = 5;

    /// <summary>Delay before the first retry of a failed message; it doubles on each later retry. Default 1 s.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The delay before retry number <paramref name="attempt"/> (1-based): <see cref="FirstRetryDelay"/> × 2^(attempt−1), at most 5 minutes.</summary>
    public TimeSpan GetRetryDelay(int attempt)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt, 1, 30) - 1);
        var delay = TimeSpan.FromTicks((long)Math.Min(FirstRetryDelay.Ticks * factor, TimeSpan.FromMinutes(5).Ticks));
        return delay;
    }
}
