using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Bookings;

/// <summary>
/// Distributed event <c>Bookings.BookingReminderDue.v1</c>: a confirmed booking's session starts within the tenant's
/// reminder lead time (<see cref="BookingsSettingNames.ReminderLeadMinutes"/>), so the member should be reminded to come and
/// check in. Published by the reminder job through the outbox, in the transaction that marks the booking reminded for this
/// start: once per booking and session start (a session moved to another start is reminded again). Ids and instants only;
/// the tenant travels in the envelope.
/// </summary>
[EventName("Bookings.BookingReminderDue.v1")]
public sealed class BookingReminderDueEto
{
    /// <summary>The booking.</summary>
    public Guid BookingId { get; init; }

    /// <summary>The class session.</summary>
    public Guid ClassSessionId { get; init; }

    /// <summary>The member (a user id of the tenant: Bookings identifies members by their user id); the reminder's recipient.</summary>
    public Guid MemberUserId { get; init; }

    /// <summary>The session's location.</summary>
    public Guid LocationId { get; init; }

    /// <summary>The session's class type.</summary>
    public Guid ClassTypeId { get; init; }

    /// <summary>When the session starts (UTC); the reminder is for this start.</summary>
    public DateTime SessionStartsAtUtc { get; init; }

    /// <summary>The session's length in minutes.</summary>
    public int SessionDurationMinutes { get; init; }

    /// <summary>When the reminder job found it due (UTC).</summary>
    public DateTime OccurredAtUtc { get; init; }
}
