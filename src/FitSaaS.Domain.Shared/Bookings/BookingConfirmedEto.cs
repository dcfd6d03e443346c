using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Bookings;

/// <summary>
/// Distributed event <c>Bookings.BookingConfirmed.v1</c>: a booking entered <see cref="BookingStatus.Confirmed"/> — booked
/// with a free seat, promoted from the waitlist, or a pending hold confirmed. It is that transition's event: the lifecycle's
/// other transitions publish <see cref="BookingStatusChangedEto"/>, so a consumer of every transition subscribes to both
/// (one event per transition, ADR 0043). Published through the outbox in the booking's transaction; the tenant travels in
/// the envelope.
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

    /// <summary>True when the booking was promoted from the waitlist, false when it was confirmed at booking time or from a hold.</summary>
    public bool WasPromoted { get; init; }

    /// <summary>The status before: null for a new booking, <see cref="BookingStatus.Waitlisted"/> or <see cref="BookingStatus.Pending"/>.</summary>
    public BookingStatus? PreviousStatus { get; init; }

    /// <summary>When the booking was confirmed (UTC).</summary>
    public DateTime OccurredAtUtc { get; init; }

    /// <summary>True when staff booked it on the member's behalf.</summary>
    public bool ByStaff { get; init; }

    /// <summary>The reason staff recorded (an override or a walk-in), if any.</summary>
    public string? Reason { get; init; }
}
