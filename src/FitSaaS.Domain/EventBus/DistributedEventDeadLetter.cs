using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.EventBus;

/// <summary>
/// A distributed event whose handling failed <see cref="DistributedEventBusOptions.MaxDeliveryAttempts"/> times (host table
/// <c>EventBusDeadLetters</c>): the whole envelope, so a host admin can inspect and requeue it, the last error (type and
/// message only) and the attempts. Host-owned: the event's tenant is a plain column.
/// </summary>
public sealed class DistributedEventDeadLetter : AggregateRoot<Guid>, IHostEntity
{
    /// <summary>Most characters of <see cref="Error"/>.</summary>
    public const int MaxErrorLength = 2000;

    private DistributedEventDeadLetter()
    {
        EventName = null!;
        Payload = null!;
        Error = null!;
    }

    /// <summary>Records a dead-lettered message; the error is cut to <see cref="MaxErrorLength"/> characters.</summary>
    public DistributedEventDeadLetter(Guid id, DistributedEventEnvelope envelope, string error, int attempts, DateTime deadLetteredAtUtc)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(error);
        MessageId = envelope.MessageId;
        EventName = envelope.EventName;
        EventTenantId = envelope.TenantId;
        CorrelationId = envelope.CorrelationId;
        OccurredAtUtc = envelope.OccurredAt;
        Payload = envelope.Payload;
        Error = error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
        Attempts = attempts;
        DeadLetteredAtUtc = deadLetteredAtUtc;
    }

    /// <summary>The message id (kept when requeued, so the inbox still deduplicates).</summary>
    public Guid MessageId { get; private set; }

    /// <summary>The event's wire name.</summary>
    public string EventName { get; private set; }

    /// <summary>The tenant the event happened in (null = host).</summary>
    public Guid? EventTenantId { get; private set; }

    /// <summary>The correlation id of the request or job that published it.</summary>
    public string? CorrelationId { get; private set; }

    /// <summary>When the event was published (UTC).</summary>
    public DateTime OccurredAtUtc { get; private set; }

    /// <summary>The event as JSON.</summary>
    public string Payload { get; private set; }

    /// <summary>Type and message of the last exception (no stack trace).</summary>
    public string Error { get; private set; }

    /// <summary>Handling attempts made.</summary>
    public int Attempts { get; private set; }

    /// <summary>When it was dead-lettered (UTC).</summary>
    public DateTime DeadLetteredAtUtc { get; private set; }

    /// <summary>The message as it was sent.</summary>
    public DistributedEventEnvelope ToEnvelope() => new(MessageId, EventName, EventTenantId, CorrelationId, OccurredAtUtc, Payload);
}
