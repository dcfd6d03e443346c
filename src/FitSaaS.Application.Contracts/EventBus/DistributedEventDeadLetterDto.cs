namespace FitSaaS.EventBus;

/// <summary>A distributed event whose handling failed on every attempt.</summary>
public sealed class DistributedEventDeadLetterDto
{
    /// <summary>Id of the record (used to requeue it).</summary>
    public Guid Id { get; init; }

    /// <summary>The message id (kept when requeued).</summary>
    public Guid MessageId { get; init; }

    /// <summary>The event's wire name, e.g. <c>Bookings.BookingConfirmed.v1</c>.</summary>
    public required string EventName { get; init; }

    /// <summary>The tenant the event happened in (null = host).</summary>
    public Guid? TenantId { get; init; }

    /// <summary>The correlation id of the request or job that published it.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>When the event was published (UTC).</summary>
    public DateTime OccurredAtUtc { get; init; }

    /// <summary>The event's JSON payload.</summary>
    public required string Payload { get; init; }

    /// <summary>Type and message of the last exception (at most 2000 characters, no stack trace).</summary>
    public required string Error { get; init; }

    /// <summary>Handling attempts made.</summary>
    public int Attempts { get; init; }

    /// <summary>When it was dead-lettered (UTC).</summary>
    public DateTime DeadLetteredAtUtc { get; init; }
}
