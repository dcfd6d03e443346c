using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Bookings;

/// <summary>
/// Distributed event <c>Bookings.ClassSessionCancelled.v1</c>: staff cancelled a session; every confirmed and waitlisted
/// booking of it was cancelled without penalty, and its members are to be told (Messaging) and any credit returned
/// (Billing). Published through the outbox in the cancellation's transaction; the tenant travels in the envelope.
/// </summary>
[EventName("Bookings.ClassSessionCancelled.v1")]
public sealed class ClassSessionCancelledEto
{
    /// <summary>The class session.</summary>
    public Guid ClassSessionId { get; init; }

    /// <summary>When it was to start (UTC).</summary>
    public DateTime StartsAtUtc { get; init; }

    /// <summary>Its location.</summary>
    public Guid LocationId { get; init; }

    /// <summary>Its class type.</summary>
    public Guid ClassTypeId { get; init; }

    /// <summary>The reason staff gave.</summary>
    public required string Reason { get; init; }

    /// <summary>The bookings cancelled with it.</summary>
    public IReadOnlyList<Guid> CancelledBookingIds { get; init; } = [];

    /// <summary>The members whose bookings were cancelled (user ids of the tenant).</summary>
    public IReadOnlyList<Guid> MemberUserIds { get; init; } = [];
}
