namespace FitSaaS.Bookings;

/// <summary>
/// One group of the attendance report. A seat-holding ("booked") booking is <c>Pending</c>, <c>Confirmed</c>, <c>CheckedIn</c>
/// or <c>NoShow</c>; waitlisted and cancelled bookings are not counted as booked. Rates are decimals (0.75 = 75 %) rounded
/// half away from zero to 4 decimal places, and 0 when their basis is 0.
/// </summary>
public sealed class AttendanceReportRowDto
{
    /// <summary>
    /// The group's stable key: the class type, location or coach id (<c>D</c> format), <c>none</c> for sessions without a
    /// coach, <c>{DayOfWeek}-{HH}</c> for an hour of the week (e.g. <c>Monday-07</c>), <c>total</c> for the totals.
    /// </summary>
    public required string Key { get; init; }

    /// <summary>
    /// For people: the class type's or location's name, the coach's user name (<c>no coach</c> for sessions without one; the
    /// id when the user no longer exists), or the day and hour on the location's wall clock (e.g. <c>Monday 07:00</c>).
    /// </summary>
    public required string Label { get; init; }

    /// <summary>The day of the week on the location's wall clock (hour-of-week rows only).</summary>
    public DayOfWeek? DayOfWeek { get; init; }

    /// <summary>The hour (0–23) of the start on the location's wall clock (hour-of-week rows only).</summary>
    public int? LocalHour { get; init; }

    /// <summary>Sessions of the group in the range (not cancelled by staff).</summary>
    public int SessionCount { get; init; }

    /// <summary>Sum of the sessions' capacities (seats).</summary>
    public int Capacity { get; init; }

    /// <summary>Seat-holding bookings: <c>Pending</c>, <c>Confirmed</c>, <c>CheckedIn</c>, <c>NoShow</c>.</summary>
    public int Booked { get; init; }

    /// <summary>Bookings checked in (<c>CheckedIn</c>).</summary>
    public int Attended { get; init; }

    /// <summary>Bookings marked <c>NoShow</c>.</summary>
    public int NoShows { get; init; }

    /// <summary>Bookings cancelled after the free cancellation limit (<c>LateCancelled</c>).</summary>
    public int LateCancels { get; init; }

    /// <summary><see cref="Booked"/> / <see cref="Capacity"/>; above 1 when staff checked walk-ins in beyond capacity.</summary>
    public decimal FillRate { get; init; }

    /// <summary><see cref="Attended"/> / <see cref="Booked"/>.</summary>
    public decimal AttendanceRate { get; init; }
}
