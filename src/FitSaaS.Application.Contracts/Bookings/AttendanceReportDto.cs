namespace FitSaaS.Bookings;

/// <summary>
/// The attendance report: one row per group, and the totals over every row. Only sessions staff did not cancel count.
/// Rows of <see cref="AttendanceReportGroupBy.HourOfWeek"/> run Monday 00:00 to Sunday 23:00; the other groupings run by
/// <see cref="AttendanceReportRowDto.Booked"/>, most first, then by label. Groups without sessions have no row.
/// </summary>
public sealed class AttendanceReportDto
{
    /// <summary>Start of the range (UTC, inclusive).</summary>
    public DateTime FromUtc { get; init; }

    /// <summary>End of the range (UTC, exclusive).</summary>
    public DateTime ToUtc { get; init; }

    /// <summary>How the rows are grouped.</summary>
    public AttendanceReportGroupBy GroupBy { get; init; }

    /// <summary>The groups.</summary>
    public required IReadOnlyList<AttendanceReportRowDto> Rows { get; init; }

    /// <summary>Every row together (key <c>total</c>); rates computed from the sums, not averaged.</summary>
    public required AttendanceReportRowDto Total { get; init; }
}
