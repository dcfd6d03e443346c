namespace FitSaaS.Bookings;

/// <summary>One active booking on a session's roster.</summary>
public sealed class RosterEntryDto
{
    /// <summary>The booking.</summary>
    public Guid BookingId { get; init; }

    /// <summary>The member's user id.</summary>
    public Guid MemberId { get; init; }

    /// <summary>The member's user name, when the user still exists.</summary>
    public string? MemberUserName { get; init; }

    /// <summary>Confirmed or waitlisted.</summary>
    public BookingStatus Status { get; init; }

    /// <summary>Waitlist position (1 = next), while waitlisted.</summary>
    public int? WaitlistPosition { get; init; }

    /// <summary>When the member booked (UTC).</summary>
    public DateTime BookedAtUtc { get; init; }

    /// <summary>When the member was checked in (UTC).</summary>
    public DateTime? CheckedInAtUtc { get; init; }

    /// <summary>When the booking was promoted from the waitlist (UTC), if it was.</summary>
    public DateTime? PromotedAtUtc { get; init; }
}
