namespace FitSaaS.Bookings;

/// <summary>Attendance of one session (not cancelled by staff).</summary>
/// <param name="ClassSessionId">The session.</param>
/// <param name="LocationId">Its location (whose time zone gives its wall-clock start).</param>
/// <param name="StartsAtUtc">Its start instant (UTC).</param>
/// <param name="Capacity">Its seats.</param>
/// <param name="Booked">Seat-holding bookings (<c>Pending</c>, <c>Confirmed</c>, <c>CheckedIn</c>, <c>NoShow</c>).</param>
/// <param name="Attended"><c>CheckedIn</c> bookings.</param>
/// <param name="NoShows"><c>NoShow</c> bookings.</param>
/// <param name="LateCancels"><c>LateCancelled</c> bookings.</param>
public sealed record SessionAttendance(
    Guid ClassSessionId, Guid LocationId, DateTime StartsAtUtc, int Capacity, int Booked, int Attended, int NoShows, int LateCancels);
