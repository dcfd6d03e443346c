using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Bookings;

/// <summary>
/// Distributed event <c>Bookings.BookingConfirmed.v1</c>: a member holds a seat in a class session, either booked directly
/// or promoted from the waitlist. Published through the outbox in the booking's transaction; the tenant travels in the envelope.
/// </summary>
[EventName("Bookings.BookingConfirmed.v1")]
public sealed class BookingConfirmedEto
{
    /// <summary>The booking.</summary>
    public Guid BookingId { get; init; }

    /// <summary>The class session.</summary>
    public Guid ClassSessionId { get; init; }

    /// <summary>The member (a user id of the tenant).</summary>
    public Guid MemberUserId { get; init; }

    /// <summary>When the session starts (UTC).</summary>
    public DateTime SessionStartsAtUtc { get; init; }

    /// <summary>The session's length in minutes.</summary>
    public int SessionDurationMinutes { get; init; }

    /// <summary>The session's location.</summary>
    public Guid LocationId { get; init; }

    /// <summary>The session's class type.</summary>
    public Guid ClassTypeId { get; init; }

    /// <summary>True when the booking was promoted from the waitlist, false when it was confirmed at booking time.</summary>
    public bool WasPromoted { get; init; }
}
