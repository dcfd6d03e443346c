namespace FitSaaS.Bookings;

/// <summary>
/// A calendar feed URL of the current member. The feed (<c>text/calendar</c>, no sign-in) holds one event per booking that
/// is pending, confirmed or checked in, from 30 days back on; bookings of that window cancelled since are marked cancelled.
/// </summary>
public sealed class MemberCalendarFeedDto
{
    /// <summary>The feed's path and query, relative to the API's base address (e.g. <c>/api/bookings/calendar-feed.ics?token=…</c>).</summary>
    public required string FeedPath { get; init; }

    /// <summary>The secret token of the feed URL (URL-safe); whoever holds it can read the member's bookings.</summary>
    public required string FeedToken { get; init; }

    /// <summary>When the token was issued (UTC).</summary>
    public DateTime IssuedAtUtc { get; init; }
}
