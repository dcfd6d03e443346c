using FitSaaS.Framework.Application;

namespace FitSaaS.Bookings;

/// <summary>The timetable of the current tenant: <c>/api/bookings/class-sessions</c>.</summary>
public interface IClassSessionAppService : IApplicationService
{
    /// <summary>A page of sessions (members may list them).</summary>
    Task<PagedResultDto<ClassSessionDto>> GetListAsync(GetClassSessionListInput input);

    /// <summary>One session.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another tenant's.</exception>
    Task<ClassSessionDto> GetAsync(Guid id);

    /// <summary>Schedules a session.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>Bookings:ClassTypeNotFound</c>, <c>Bookings:LocationNotFound</c>, <c>Bookings:CoachNotFound</c>.
    /// </exception>
    Task<ClassSessionDto> CreateAsync(CreateClassSessionDto input);

    /// <summary>
    /// Changes a session. Its bookings are kept; when it has any, its start, length or location changes and its start before
    /// or after the change is still ahead, <c>Bookings.ClassSessionRescheduled.v1</c> is published once so its members are
    /// told (the rule schedule edits follow); a change that keeps them publishes nothing.
    /// </summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another tenant's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>Bookings:LocationNotFound</c>, <c>Bookings:CoachNotFound</c>, <c>Bookings:CapacityBelowConfirmed</c>, <c>Bookings:SessionCancelled</c>.
    /// </exception>
    Task<ClassSessionDto> UpdateAsync(Guid id, UpdateClassSessionDto input);

    /// <summary>Deletes (soft) a session without active bookings.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Bookings:SessionHasBookings</c>.</exception>
    Task DeleteAsync(Guid id);

    /// <summary>The session's roster (staff): <c>GET /api/bookings/class-sessions/{id}/roster</c>.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another tenant's.</exception>
    Task<ClassSessionRosterDto> GetRosterAsync(Guid id);

    /// <summary>
    /// Staff cancel the session (<c>POST /api/bookings/class-sessions/{id}/cancel</c>): every confirmed and waitlisted
    /// booking is cancelled without penalty, the waitlist is cleared, and the session stays on the timetable as cancelled
    /// with the reason. Repeating it changes nothing.
    /// </summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another tenant's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Bookings:SessionStarted</c>.</exception>
    Task<ClassSessionDto> CancelAsync(Guid id, CancelClassSessionDto input);

    /// <summary>
    /// One action (cancel, change coach, change capacity) on every session of a date range
    /// (<c>POST /api/bookings/class-sessions/bulk-update</c>), with a result per session: a session that cannot take it
    /// (started, cancelled, capacity below its confirmed bookings) is reported and left unchanged; the others are changed.
    /// </summary>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>Bookings:CoachNotFound</c> (nothing changes); <c>Bookings:TooManySessions</c> when more than 500 sessions match.
    /// </exception>
    Task<BulkClassSessionResultDto> BulkUpdateAsync(BulkUpdateClassSessionsDto input);
}
