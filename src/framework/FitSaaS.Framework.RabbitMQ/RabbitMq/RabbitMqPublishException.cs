using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Framework.Events.RabbitMq;

/// <summary>
/// RabbitMQ did not accept a message: unreachable broker, a nack, a failed channel or no confirm in time. The outbox keeps the
/// message and retries it for as long as that lasts (<see cref="DistributedEventTransportException"/>).
/// </summary>
public sealed class RabbitMqPublishException : DistributedEventTransportException
{
    /// <summary>Creates the exception.</summary>
    public RabbitMqPublishException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public RabbitMqPublishException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public RabbitMqPublishException(string message)
        : base(message)
    {
    }
}
