namespace FitSaaS.Bookings;

/// <summary>Attendance of a group of sessions (not cancelled by staff).</summary>
/// <param name="Key">The class type, location or coach id; null = sessions without a coach.</param>
/// <param name="SessionCount">Sessions in the group.</param>
/// <param name="Capacity">Sum of their capacities (seats).</param>
/// <param name="Booked">Seat-holding bookings (<c>Pending</c>, <c>Confirmed</c>, <c>CheckedIn</c>, <c>NoShow</c>).</param>
/// <param name="Attended"><c>CheckedIn</c> bookings.</param>
/// <param name="NoShows"><c>NoShow</c> bookings.</param>
/// <param name="LateCancels"><c>LateCancelled</c> bookings.</param>
public sealed record AttendanceGroup(Guid? Key, int SessionCount, int Capacity, int Booked, int Attended, int NoShows, int LateCancels);
