using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Framework.EntityFrameworkCore.EventBus;

/// <summary>
/// A distributed event waiting to be sent (table <c>OutboxMessages</c>), written in the same transaction as the change that
/// raised it, in the database of the change (the tenant's own database, or the shared one). Tenant-owned (row-level security
/// applies); the dispatcher reads every tenant's rows in a cross-tenant scope. Deleted once sent or dead-lettered.
/// </summary>
public sealed class OutboxMessage : Entity<Guid>, IMultiTenant
{
    /// <summary>Most characters of <see cref="LastError"/>.</summary>
    public const int MaxErrorLength = 1000;

    private OutboxMessage()
    {
        EventName = null!;
        Payload = null!;
    }

    /// <summary>A new outbox row for <paramref name="envelope"/>, due at once.</summary>
    public OutboxMessage(DistributedEventEnvelope envelope)
        : base((envelope ?? throw new ArgumentNullException(nameof(envelope))).MessageId)
    {
        TenantId = envelope.TenantId;
        EventName = envelope.EventName;
        CorrelationId = envelope.CorrelationId;
        OccurredAt = envelope.OccurredAt;
        Payload = envelope.Payload;
        NextAttemptAt = envelope.OccurredAt;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The event's wire name.</summary>
    public string EventName { get; private set; }

    /// <summary>The correlation id of the request or job that published it.</summary>
    public string? CorrelationId { get; private set; }

    /// <summary>When the event was published (UTC); messages of one database are sent in this order.</summary>
    public DateTime OccurredAt { get; private set; }

    /// <summary>The event as JSON.</summary>
    public string Payload { get; private set; }

    /// <summary>Failed sending attempts so far.</summary>
    public int Attempts { get; private set; }

    /// <summary>Not sent before this time (UTC): the publishing time, then the back-off after each failure.</summary>
    public DateTime NextAttemptAt { get; private set; }

    /// <summary>Type and message of the last failure (no stack trace).</summary>
    public string? LastError { get; private set; }

    /// <summary>The message as it is sent.</summary>
    public DistributedEventEnvelope ToEnvelope() => new(Id, EventName, TenantId, CorrelationId, OccurredAt, Payload);

    /// <summary>Records a failed attempt and when to try again.</summary>
    public void Failed(string error, DateTime nextAttemptAt)
    {
        ArgumentNullException.ThrowIfNull(error);
        Attempts++;
        LastError = error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
        NextAttemptAt = nextAttemptAt;
    }
}
