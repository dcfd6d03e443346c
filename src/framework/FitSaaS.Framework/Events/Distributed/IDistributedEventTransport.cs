namespace FitSaaS.Framework.Events.Distributed;

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
