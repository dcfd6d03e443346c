using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Bookings;

/// <summary>
/// Distributed event <c>Bookings.ClassSessionRescheduled.v1</c>: a session that has active (confirmed or waitlisted)
/// bookings moved to another time, length or location because its class schedule changed; the bookings are kept, and
/// members are to be told (Messaging). Published through the outbox in the change's transaction; the tenant travels in
/// the envelope.
/// </summary>
[EventName("Bookings.ClassSessionRescheduled.v1")]
public sealed class ClassSessionRescheduledEto
{
    /// <summary>The class session.</summary>
    public Guid ClassSessionId { get; init; }

    /// <summary>The schedule whose change moved it.</summary>
    public Guid ClassScheduleId { get; init; }

    /// <summary>The start before the change (UTC).</summary>
    public DateTime PreviousStartsAtUtc { get; init; }

    /// <summary>The start after the change (UTC).</summary>
    public DateTime StartsAtUtc { get; init; }

    /// <summary>The length after the change, in minutes.</summary>
    public int DurationMinutes { get; init; }

    /// <summary>The location before the change.</summary>
    public Guid PreviousLocationId { get; init; }

    /// <summary>The location after the change.</summary>
    public Guid LocationId { get; init; }

    /// <summary>The members with an active booking of the session (user ids of the tenant).</summary>
    public IReadOnlyList<Guid> MemberUserIds { get; init; } = [];
}
