namespace FitSaaS.Bookings;

/// <summary>
/// Read-only aggregates over sessions and their bookings for reports and staff views (current tenant's only). A seat is held
/// by a <c>Pending</c>, <c>Confirmed</c>, <c>CheckedIn</c> or <c>NoShow</c> booking.
/// </summary>
public interface IBookingReportRepository
{
    /// <summary>
    /// The sessions matching <paramref name="filter"/> that staff did not cancel, grouped by class type, location or coach in
    /// the database (<see cref="AttendanceReportGroupBy.HourOfWeek"/> is not grouped here: use <see cref="GetSessionAttendanceAsync"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="groupBy"/> is <see cref="AttendanceReportGroupBy.HourOfWeek"/>.</exception>
    Task<List<AttendanceGroup>> GetGroupedAttendanceAsync(
        ClassSessionListFilter filter, AttendanceReportGroupBy groupBy, CancellationToken cancellationToken = default);

    /// <summary>Per session: the sessions matching <paramref name="filter"/> that staff did not cancel, with their booking counts.</summary>
    Task<List<SessionAttendance>> GetSessionAttendanceAsync(ClassSessionListFilter filter, CancellationToken cancellationToken = default);

    /// <summary>The number of <c>CheckedIn</c> bookings of each of the sessions; sessions without one are absent.</summary>
    Task<Dictionary<Guid, int>> GetCheckedInCountsAsync(IReadOnlyCollection<Guid> classSessionIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// The member's bookings of sessions starting at or after <paramref name="fromUtc"/> in one of <paramref name="statuses"/>,
    /// by session start, at most <paramref name="maxCount"/>.
    /// </summary>
    Task<List<MemberCalendarEntry>> GetMemberCalendarAsync(
        Guid memberId, DateTime fromUtc, IReadOnlyCollection<BookingStatus> statuses, int maxCount, CancellationToken cancellationToken = default);
}
