namespace FitSaaS.Bookings;

/// <summary>Names of the Bookings settings.</summary>
public static class BookingsSettingNames
{
    /// <summary>IANA time-zone id given to locations created without one (default <c>UTC</c>; user, tenant or global).</summary>
    public const string DefaultTimeZone = "Bookings.DefaultTimeZone";

    /// <summary>
    /// Minutes before a session's start after which members can no longer cancel (default 0 = until it
    /// starts); staff with <c>FitSaaS.Bookings.Bookings.Manage</c> still can. Tenant or global.
    /// </summary>
    public const string CancellationCutoffMinutes = "Bookings.CancellationCutoffMinutes";

    /// <summary>
    /// The UTC instant (round-trip format) from which the member's calendar feed tokens are accepted: a token issued before
    /// it is refused. A reset of the feed moves it to now. User level only, not sent to clients; unset = every token of the
    /// member is accepted.
    /// </summary>
    public const string CalendarFeedValidFromUtc = "Bookings.CalendarFeedValidFromUtc";

    /// <summary>
    /// Days ahead, from today in each location's zone, for which class schedules have sessions generated (default 42, six
    /// weeks; 1 to <see cref="ClassScheduleConsts.MaxHorizonDays"/>). Read by the generation job and when a schedule is
    /// saved. Tenant or global.
    /// </summary>
    public const string ScheduleHorizonDays = "Bookings.ScheduleHorizonDays";
}
