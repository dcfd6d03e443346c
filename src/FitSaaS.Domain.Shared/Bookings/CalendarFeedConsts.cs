namespace FitSaaS.Bookings;

/// <summary>The member calendar feed's address and window.</summary>
public static class CalendarFeedConsts
{
    /// <summary>The anonymous feed's path; the token travels in the <see cref="TokenQueryName"/> query value.</summary>
    public const string FeedPath = "/api/bookings/calendar-feed.ics";

    /// <summary>
    /// The query name of the token. It contains <c>token</c>, so request auditing stores the value redacted
    /// (<c>AuditingOptions.SecretNameFragments</c>).
    /// </summary>
    public const string TokenQueryName = "token";

    /// <summary>How far back the feed reaches, in days before now (by session start).</summary>
    public const int PastDays = 30;

    /// <summary>Most events in one feed (the earliest sessions of the window first).</summary>
    public const int MaxEvents = 1000;
}
