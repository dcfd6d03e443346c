using FitSaaS.Framework.Application;

namespace FitSaaS.Bookings;

/// <summary>The sessions the current user coaches: <c>/api/bookings/coach-sessions</c>.</summary>
public interface ICoachSessionAppService : IApplicationService
{
    /// <summary>
    /// The current user's sessions (where they are the coach) starting in <c>[fromUtc, toUtc)</c>, by start, cancelled
    /// ones included and marked (<c>GET /api/bookings/coach-sessions?fromUtc=&amp;toUtc=</c>). Defaults: from now, for
    /// 14 days.
    /// </summary>
    Task<IReadOnlyList<CoachSessionDto>> GetListAsync(GetCoachSessionListInput input);
}
