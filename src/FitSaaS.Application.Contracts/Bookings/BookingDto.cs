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

    /// <summary>Confirmed, waitlisted or cancelled.</summary>
    public BookingStatus Status { get; init; }

    /// <summary>Waitlist position (1 = next), while waitlisted.</summary>
    public int? WaitlistPosition { get; init; }

    /// <summary>When the member booked (UTC).</summary>
    public DateTime BookedAtUtc { get; init; }

    /// <summary>When it was cancelled (UTC).</summary>
    public DateTime? CancelledAtUtc { get; init; }

    /// <summary>When it was promoted from the waitlist (UTC).</summary>
    public DateTime? PromotedAtUtc { get; init; }
}
