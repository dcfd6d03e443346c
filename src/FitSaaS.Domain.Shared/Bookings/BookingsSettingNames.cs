namespace FitSaaS.Bookings;

/// <summary>Names of the Bookings settings.</summary>
public static class BookingsSettingNames
{
    /// <summary>IANA time-zone id given to locations created without one (default <c>UTC</c>; user, tenant or global).</summary>
    public const string DefaultTimeZone = "Bookings.DefaultTimeZone";

    /// <summary>
    /// The late-cancellation limit: minutes before a session's start after which members can no longer cancel at all
    /// (default 0 = until it starts); between <see cref="FreeCancellationMinutes"/> and this limit a cancellation is
    /// <c>LateCancelled</c>. Staff with <c>FitSaaS.Bookings.Bookings.Manage</c> still can, with a reason. Tenant or global;
    /// class types, locations and sessions may override it.
    /// </summary>
    public const string CancellationCutoffMinutes = "Bookings.CancellationCutoffMinutes";

    /// <summary>
    /// Minutes before a session's start until which a member's cancellation is free (<c>Cancelled</c>); after it, and until
    /// <see cref="CancellationCutoffMinutes"/>, it is <c>LateCancelled</c> (penalised by the plan, see Billing). Default 0 =
    /// free until the start (or the cut-off). Zingfit's "Cancel Up To"; DOMAIN.md §2.5. Tenant or global; overridable.
    /// </summary>
    public const string FreeCancellationMinutes = "Bookings.FreeCancellationMinutes";

    /// <summary>
    /// Minutes before a session's start at which members can start booking it (default 0 = as soon as it is on the
    /// timetable). DOMAIN.md §2.4. Tenant or global; overridable.
    /// </summary>
    public const string BookingOpensMinutes = "Bookings.BookingOpensMinutes";

    /// <summary>
    /// Minutes before a session's start at which members can no longer book it (default 0 = at the start); negative =
    /// minutes after the start (late joiners). Tenant or global; overridable.
    /// </summary>
    public const string BookingClosesMinutes = "Bookings.BookingClosesMinutes";

    /// <summary>
    /// Most seat-holding bookings a member may have on one day, in the calendar of the booked session's location (default 0
    /// = no limit; waitlist entries do not count). Tenant or global; locations may override it.
    /// </summary>
    public const string MaxBookingsPerDay = "Bookings.MaxBookingsPerDay";

    /// <summary>
    /// Most seat-holding bookings a member may have in one ISO week (Monday to Sunday) in the booked session's location's
    /// calendar (default 0 = no limit). Tenant or global; locations may override it.
    /// </summary>
    public const string MaxBookingsPerWeek = "Bookings.MaxBookingsPerWeek";

    /// <summary>Most seat-holding bookings of sessions not started yet a member may have (default 0 = no limit). Tenant or global; locations may override it.</summary>
    public const string MaxUpcomingBookings = "Bookings.MaxUpcomingBookings";

    /// <summary>
    /// Minutes before a session's start after which a freed seat no longer promotes the waitlist automatically: it is
    /// open to anyone (default 0 = promotion until the start). DOMAIN.md §2.3. Tenant or global; overridable.
    /// </summary>
    public const string WaitlistCutoffMinutes = "Bookings.WaitlistCutoffMinutes";

    /// <summary>Most waitlist entries per session (default 0 = no limit). Tenant or global; overridable.</summary>
    public const string WaitlistMaxSize = "Bookings.WaitlistMaxSize";

    /// <summary>Minutes before a session's start at which check-in opens (default 30). DOMAIN.md §2.7. Tenant or global; overridable.</summary>
    public const string CheckInOpensMinutes = "Bookings.CheckInOpensMinutes";

    /// <summary>Minutes after a session's start at which check-in closes (default 10). Tenant or global; overridable.</summary>
    public const string CheckInClosesMinutes = "Bookings.CheckInClosesMinutes";

    /// <summary>Minutes a pending booking holds its seat while a payment completes (default 10). Tenant or global.</summary>
    public const string HoldMinutes = "Bookings.HoldMinutes";

    /// <summary>
    /// Minutes after a session's end at which the no-show sweep marks its unchecked confirmed bookings <c>NoShow</c>
    /// (default 120). DOMAIN.md §2.6. Tenant or global.
    /// </summary>
    public const string NoShowGraceMinutes = "Bookings.NoShowGraceMinutes";

    /// <summary>
    /// Minutes before a session's start from which its confirmed bookings are reminded (check-in reminder,
    /// <see cref="BookingReminderDueEto"/>), once per booking and session start, by the reminder job (cron
    /// <c>Bookings:ReminderCron</c>). Default 120; 0 = no reminders. A booking made inside the window is reminded at the
    /// job's next run. Tenant or global.
    /// </summary>
    public const string ReminderLeadMinutes = "Bookings.ReminderLeadMinutes";

    /// <summary>
    /// Hours after a booking was marked <c>NoShow</c> during which staff may reverse it (late check-in) before penalties
    /// apply (default 24, the fee delay of DOMAIN.md §2.6). Tenant or global.
    /// </summary>
    public const string NoShowReversalHours = "Bookings.NoShowReversalHours";

    /// <summary>
    /// No-shows within <see cref="StrikeWindowDays"/> that restrict a member's self-booking (default 0 = never). Tenant or global.
    /// </summary>
    public const string StrikeLimit = "Bookings.StrikeLimit";

    /// <summary>
    /// Days back over which no-shows count as strikes (default 30, at least 1): the window ending with a no-show's session
    /// start, half-open (a no-show whose session started exactly this many days earlier no longer counts). Tenant or global.
    /// </summary>
    public const string StrikeWindowDays = "Bookings.StrikeWindowDays";

    /// <summary>
    /// Days a member who reached <see cref="StrikeLimit"/> cannot book themselves, counted from the session of the strike that
    /// reached it (default 7; restricted until that instant, exclusive); staff can still book them with a reason. Tenant or global.
    /// </summary>
    public const string StrikeRestrictionDays = "Bookings.StrikeRestrictionDays";

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
