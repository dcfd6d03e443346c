using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Bookings;

/// <summary>
/// Distributed event <c>Bookings.ClassSessionRescheduled.v1</c>: a session that has active (pending, confirmed or
/// waitlisted) bookings, and whose start before or after the change is still ahead, moved to another start, length or location —
/// because its class schedule changed (<see cref="ByStaff"/> false) or because staff changed the session itself
/// (<see cref="ByStaff"/> true). The bookings are kept, and members are to be told (Messaging). One rule decides it for
/// both paths, so a change publishes exactly one event and a change that keeps the start, length and location publishes
/// none. Published through the outbox in the change's transaction; the tenant travels in the envelope. Fields added since
/// v1 was first published (<see cref="ByStaff"/>, <see cref="OccurredAtUtc"/>) default when an older producer sent it.
/// </summary>
[EventName("Bookings.ClassSessionRescheduled.v1")]
public sealed class ClassSessionRescheduledEto
{
    /// <summary>The class session.</summary>
    public Guid ClassSessionId { get; init; }

    /// <summary>
    /// The class schedule the session belongs to (whose change moved it when <see cref="ByStaff"/> is false);
    /// <see cref="Guid.Empty"/> for a one-off session (kept non-nullable so consumers of v1 still read every event).
    /// </summary>
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

    /// <summary>True when staff moved the session by hand; false when its class schedule's change moved it.</summary>
    public bool ByStaff { get; init; }

    /// <summary>
    /// When the change was made (UTC); with <see cref="ClassSessionId"/> it tells two moves of one session apart (a move back
    /// to an earlier start is news too). <see cref="DateTime.MinValue"/> from a producer older than this field.
    /// </summary>
    public DateTime OccurredAtUtc { get; init; }
}
