using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Bookings;

/// <summary>
/// Distributed event <c>Bookings.BookingStatusChanged.v1</c>: a booking entered a status — every transition of the
/// lifecycle (<see cref="BookingStatus"/>), creation included, except into <see cref="BookingStatus.Confirmed"/>, whose event
/// is <see cref="BookingConfirmedEto"/> (one event per transition, ADR 0043). Published through the outbox in the transaction that made
/// the change, so a consumer (Billing's entitlements and penalties, Messaging's notifications) sees exactly the committed
/// transitions, each once per booking and status change. The tenant travels in the envelope.
/// </summary>
[EventName("Bookings.BookingStatusChanged.v1")]
public sealed class BookingStatusChangedEto
{
    /// <summary>The booking.</summary>
    public Guid BookingId { get; init; }

    /// <summary>The class session.</summary>
    public Guid ClassSessionId { get; init; }

    /// <summary>The member (a user id of the tenant).</summary>
    public Guid MemberUserId { get; init; }

    /// <summary>The status before; null when the booking was just created.</summary>
    public BookingStatus? PreviousStatus { get; init; }

    /// <summary>The new status.</summary>
    public BookingStatus Status { get; init; }

    /// <summary>When the change happened (UTC).</summary>
    public DateTime OccurredAtUtc { get; init; }

    /// <summary>When the session starts (UTC).</summary>
    public DateTime SessionStartsAtUtc { get; init; }

    /// <summary>The session's class type.</summary>
    public Guid ClassTypeId { get; init; }

    /// <summary>The session's location.</summary>
    public Guid LocationId { get; init; }

    /// <summary>
    /// True when staff made the change on the member's behalf (a walk-in, an override, a staff cancellation — never
    /// penalised — or a check-in from the roster); false for the member's own action or a job.
    /// </summary>
    public bool ByStaff { get; init; }

    /// <summary>The reason staff recorded, or the system's (<c>HoldExpired</c>, <c>SessionCancelled</c>); null otherwise.</summary>
    public string? Reason { get; init; }
}
