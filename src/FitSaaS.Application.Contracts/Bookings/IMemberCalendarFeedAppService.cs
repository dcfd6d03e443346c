using FitSaaS.Framework.Application;

namespace FitSaaS.Bookings;

/// <summary>
/// The current member's calendar feed: a secret URL a phone or desktop calendar subscribes to, serving the member's bookings
/// as RFC 5545 iCalendar (<c>/api/bookings/my-calendar-feed</c>).
/// </summary>
[HttpApiRoute("api/bookings/my-calendar-feed")]
public interface IMemberCalendarFeedAppService : IApplicationService
{
    /// <summary>
    /// A feed URL for the current member (<c>GET /api/bookings/my-calendar-feed</c>). Each call issues a new token; every
    /// token issued since the last reset opens the same feed. Treat it like a password.
    /// </summary>
    Task<MemberCalendarFeedDto> GetAsync();

    /// <summary>
    /// Revokes every feed URL of the current member issued so far and returns a new one
    /// (<c>POST /api/bookings/my-calendar-feed/reset</c>): calendars subscribed with an older URL stop updating.
    /// </summary>
    Task<MemberCalendarFeedDto> ResetAsync();
}
