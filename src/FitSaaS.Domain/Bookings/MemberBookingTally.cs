namespace FitSaaS.Bookings;

/// <summary>A member's bookings counted for one booking decision (<see cref="MemberBookingTallyQuery"/>).</summary>
/// <param name="HasActiveBookingOfSession">The member holds an active (not cancelled) booking of the session.</param>
/// <param name="SeatsInDay">Seats held (<see cref="BookingLifecycle.HoldsSeat"/>) in sessions of the session's local day.</param>
/// <param name="SeatsInWeek">Seats held in sessions of the session's local week.</param>
/// <param name="UpcomingSeats">Seats held in sessions starting now or later.</param>
/// <param name="NoShows">No-shows at sessions starting at or after <see cref="MemberBookingTallyQuery.NoShowsSinceUtc"/>.</param>
public sealed record MemberBookingTally(bool HasActiveBookingOfSession, int SeatsInDay, int SeatsInWeek, int UpcomingSeats, int NoShows)
{
    /// <summary>No booking at all in the ranges asked.</summary>
    public static MemberBookingTally Empty { get; } = new(false, 0, 0, 0, 0);
}
