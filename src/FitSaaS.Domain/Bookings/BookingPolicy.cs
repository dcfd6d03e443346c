namespace FitSaaS.Bookings;

/// <summary>
/// The booking policy in force for one class session, every value resolved (session → class type → location → tenant
/// settings; <see cref="BookingPolicyProvider"/>). Spans are absolute durations before (or after) the session's start
/// (DOMAIN.md §2.9: "12 h before class" is an absolute duration); day and week limits are counted in the location's calendar.
/// </summary>
/// <param name="OpensBefore">Booking opens this long before the start; null = always open.</param>
/// <param name="ClosesBefore">Booking closes this long before the start (negative = after it).</param>
/// <param name="FreeCancellationBefore">A member's cancellation is free until this long before the start.</param>
/// <param name="CancellationCutoffBefore">After this long before the start a member can no longer cancel; between the two limits it is late.</param>
/// <param name="WaitlistCutoffBefore">The waitlist is promoted automatically until this long before the start.</param>
/// <param name="WaitlistMaxSize">Most waitlist entries; 0 = no limit.</param>
/// <param name="CheckInOpensBefore">Check-in opens this long before the start.</param>
/// <param name="CheckInClosesAfter">Check-in closes this long after the start.</param>
/// <param name="MaxBookingsPerDay">Most seat-holding bookings per member and local day; 0 = no limit.</param>
/// <param name="MaxBookingsPerWeek">Most per member and local ISO week; 0 = no limit.</param>
/// <param name="MaxUpcomingBookings">Most not-started per member; 0 = no limit.</param>
public sealed record BookingPolicy(
    TimeSpan? OpensBefore,
    TimeSpan ClosesBefore,
    TimeSpan FreeCancellationBefore,
    TimeSpan CancellationCutoffBefore,
    TimeSpan WaitlistCutoffBefore,
    int WaitlistMaxSize,
    TimeSpan CheckInOpensBefore,
    TimeSpan CheckInClosesAfter,
    int MaxBookingsPerDay,
    int MaxBookingsPerWeek,
    int MaxUpcomingBookings)
{
    /// <summary>The first instant booking the session is open (UTC, inclusive); null = always open.</summary>
    public DateTime? OpensAtUtc(ClassSession session) => OpensBefore is { } before ? session.StartsAtUtc - before : null;

    /// <summary>The last instant booking the session is open (UTC, inclusive; from the start on only when it closes after the start).</summary>
    public DateTime ClosesAtUtc(ClassSession session) => session.StartsAtUtc - ClosesBefore;

    /// <summary>Until when (inclusive) a member's cancellation is free (UTC).</summary>
    public DateTime FreeCancellationUntilUtc(ClassSession session) => session.StartsAtUtc - FreeCancellationBefore;

    /// <summary>Until when (inclusive) a member can cancel at all (UTC); never after the start.</summary>
    public DateTime CancellationCutoffUtc(ClassSession session) => session.StartsAtUtc - CancellationCutoffBefore;

    /// <summary>Until when (inclusive; and never from the start on) a freed seat promotes the waitlist (UTC).</summary>
    public DateTime WaitlistCutoffUtc(ClassSession session) => session.StartsAtUtc - WaitlistCutoffBefore;

    /// <summary>When check-in opens (UTC, inclusive).</summary>
    public DateTime CheckInOpensAtUtc(ClassSession session) => session.StartsAtUtc - CheckInOpensBefore;

    /// <summary>When check-in closes (UTC, inclusive).</summary>
    public DateTime CheckInClosesAtUtc(ClassSession session) => session.StartsAtUtc + CheckInClosesAfter;
}
