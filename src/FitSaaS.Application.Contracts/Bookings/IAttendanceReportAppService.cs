using FitSaaS.Framework.Application;

namespace FitSaaS.Bookings;

/// <summary>Attendance of the current tenant's classes for staff ("peak hours, popular classes"): <c>/api/bookings/attendance-report</c>.</summary>
[HttpApiRoute("api/bookings/attendance-report")]
public interface IAttendanceReportAppService : IApplicationService
{
    /// <summary>
    /// The attendance of the sessions starting in <c>[fromUtc, toUtc)</c>, grouped by hour of the week (the location's wall
    /// clock), class type, coach or location (<c>GET /api/bookings/attendance-report?fromUtc=&amp;toUtc=&amp;groupBy=</c>).
    /// Sessions staff cancelled are left out, and so are their bookings.
    /// </summary>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>Bookings:ReportRangeTooLong</c> when the range is longer than 366 days.
    /// </exception>
    Task<AttendanceReportDto> GetAsync(GetAttendanceReportInput input);
}
