namespace FitSaaS.Bookings;

/// <summary>A booking of a class session.</summary>
public sealed class BookingDto
{
    /// <summary>Booking id.</summary>
    public Guid Id { get; init; }

    /// <summary>The session.</summary>
    public Guid ClassSessionId { get; init; }

    /// <summary>The member's user id.</summary>
    public Guid MemberId { get; init; }

    /// <summary>Where the booking stands in its lifecycle.</summary>
    public BookingStatus Status { get; init; }

    /// <summary>Waitlist position (1 = next), while waitlisted.</summary>
    public int? WaitlistPosition { get; init; }

    /// <summary>When the member booked (UTC).</summary>
    public DateTime BookedAtUtc { get; init; }

    /// <summary>True when staff booked it for the member (a walk-in or an override).</summary>
    public bool BookedByStaff { get; init; }

    /// <summary>The reason staff (or the system: <c>HoldExpired</c>, <c>SessionCancelled</c>) recorded for the latest action.</summary>
    public string? StaffReason { get; init; }

    /// <summary>While pending: when the held seat is released (UTC).</summary>
    public DateTime? HoldExpiresAtUtc { get; init; }

    /// <summary>When it was cancelled or late-cancelled (UTC).</summary>
    public DateTime? CancelledAtUtc { get; init; }

    /// <summary>True when staff cancelled it (no penalty).</summary>
    public bool CancelledByStaff { get; init; }

    /// <summary>When it was promoted from the waitlist (UTC).</summary>
    public DateTime? PromotedAtUtc { get; init; }

    /// <summary>When the member was checked in (UTC).</summary>
    public DateTime? CheckedInAtUtc { get; init; }

    /// <summary>When it was marked a no-show (UTC); kept after a reversal.</summary>
    public DateTime? NoShowAtUtc { get; init; }
}
