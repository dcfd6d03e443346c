namespace FitSaaS.Framework.Events.Distributed;

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
