namespace FitSaaS.Bookings;

/// <summary>
/// Booking-policy values a class session, class type or location sets for itself; a null value comes from the next level
/// (session → class type → location → the tenant's settings <c>Bookings.*</c>). Minutes are relative to the session's
/// start. A window that closes before it opens, or a free-cancellation limit later than the cut-off, gives
/// <c>Bookings:InvalidBookingPolicy</c>; values range from 0 (<c>BookingClosesMinutes</c>: −1440) to 527040 (366 days).
/// </summary>
public sealed class BookingPolicyDto
{
    /// <summary>Booking opens this many minutes before the start (0 = as soon as the session is on the timetable).</summary>
    public int? BookingOpensMinutes { get; init; }

    /// <summary>Booking closes this many minutes before the start; negative = after the start (late joiners). Tenant default 0.</summary>
    public int? BookingClosesMinutes { get; init; }

    /// <summary>A member's cancellation is free until this many minutes before the start (tenant default 0).</summary>
    public int? FreeCancellationMinutes { get; init; }

    /// <summary>After this many minutes before the start a member can no longer cancel; between it and the free limit a cancellation is late (tenant default 0).</summary>
    public int? CancellationCutoffMinutes { get; init; }

    /// <summary>A freed seat promotes the waitlist until this many minutes before the start; after it the seat is open to anyone (tenant default 0).</summary>
    public int? WaitlistCutoffMinutes { get; init; }

    /// <summary>Most waitlist entries (0 = no limit; tenant default 0).</summary>
    public int? WaitlistMaxSize { get; init; }

    /// <summary>Check-in opens this many minutes before the start (tenant default 30).</summary>
    public int? CheckInOpensMinutes { get; init; }

    /// <summary>Check-in closes this many minutes after the start (tenant default 10).</summary>
    public int? CheckInClosesMinutes { get; init; }

    /// <summary>Most seat-holding bookings per member and day in the location's calendar (0 = no limit; waitlist entries do not count).</summary>
    public int? MaxBookingsPerDay { get; init; }

    /// <summary>Most seat-holding bookings per member and ISO week (Monday to Sunday) in the location's calendar (0 = no limit).</summary>
    public int? MaxBookingsPerWeek { get; init; }

    /// <summary>Most seat-holding bookings of sessions not started yet per member (0 = no limit).</summary>
    public int? MaxUpcomingBookings { get; init; }
}
