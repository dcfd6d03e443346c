namespace FitSaaS.Framework.Events.Distributed;

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
