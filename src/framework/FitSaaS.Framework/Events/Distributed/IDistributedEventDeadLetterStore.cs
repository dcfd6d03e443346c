namespace FitSaaS.Framework.Events.Distributed;

/// <summary>Keeps messages whose handling failed <see cref="DistributedEventBusOptions.MaxDeliveryAttempts"/> times, for host admins.</summary>
public interface IDistributedEventDeadLetterStore
{
    /// <summary>Records a dead-lettered message with the last error (type and message only, never secrets) and the number of attempts.</summary>
    Task AddAsync(DistributedEventEnvelope envelope, string error, int attempts, CancellationToken cancellationToken = default);
}
