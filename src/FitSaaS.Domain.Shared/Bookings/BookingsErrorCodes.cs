namespace FitSaaS.Bookings;

/// <summary>Stable error codes of the Bookings module (<c>Bookings:Reason</c>); the host maps them to HTTP statuses.</summary>
public static class BookingsErrorCodes
{
    /// <summary>The time-zone id is not a known IANA time zone (data: <c>timeZoneId</c>).</summary>
    public const string InvalidTimeZone = "Bookings:InvalidTimeZone";

    /// <summary>The member already holds an active (confirmed or waitlisted) booking of the session.</summary>
    public const string AlreadyBooked = "Bookings:AlreadyBooked";

    /// <summary>
    /// The session is full and the tenant's edition has no waitlists (feature <see cref="BookingsFeatures.Waitlist"/> off;
    /// data: <c>classSessionId</c>, <c>capacity</c>).
    /// </summary>
    public const string SessionFull = "Bookings:SessionFull";

    /// <summary>The session has already started: it can no longer be booked or cancelled.</summary>
    public const string SessionStarted = "Bookings:SessionStarted";

    /// <summary>
    /// Too close to the session's start for a member to cancel (setting
    /// <see cref="BookingsSettingNames.CancellationCutoffMinutes"/>; data: <c>cutoffMinutes</c>, <c>startsAtUtc</c>).
    /// </summary>
    public const string CancellationWindowClosed = "Bookings:CancellationWindowClosed";

    /// <summary>The coach is not a user of the current tenant (data: <c>coachId</c>).</summary>
    public const string CoachNotFound = "Bookings:CoachNotFound";

    /// <summary>The member to book for is not a user of the current tenant (data: <c>memberId</c>).</summary>
    public const string MemberNotFound = "Bookings:MemberNotFound";

    /// <summary>The class type does not exist in the current tenant (data: <c>classTypeId</c>).</summary>
    public const string ClassTypeNotFound = "Bookings:ClassTypeNotFound";

    /// <summary>The location does not exist in the current tenant (data: <c>locationId</c>).</summary>
    public const string LocationNotFound = "Bookings:LocationNotFound";

    /// <summary>A session's capacity cannot drop below its confirmed bookings (data: <c>capacity</c>, <c>confirmedCount</c>).</summary>
    public const string CapacityBelowConfirmed = "Bookings:CapacityBelowConfirmed";

    /// <summary>A session with active bookings cannot be deleted; cancel them first (data: <c>activeBookings</c>).</summary>
    public const string SessionHasBookings = "Bookings:SessionHasBookings";

    /// <summary>A location that sessions still use cannot be deleted.</summary>
    public const string LocationInUse = "Bookings:LocationInUse";

    /// <summary>A class type that sessions still use cannot be deleted.</summary>
    public const string ClassTypeInUse = "Bookings:ClassTypeInUse";

    /// <summary>
    /// The attendance report's range is longer than <see cref="AttendanceReportConsts.MaxRangeDays"/> days (data:
    /// <c>days</c>, <c>maxDays</c>); ask for several shorter ranges.
    /// </summary>
    public const string ReportRangeTooLong = "Bookings:ReportRangeTooLong";

    /// <summary>
    /// The calendar feed token is malformed, was not issued by this deployment, belongs to an inactive tenant, was issued for
    /// another tenant than the request's, or was revoked by a reset (<see cref="BookingsSettingNames.CalendarFeedValidFromUtc"/>).
    /// The answer never says which.
    /// </summary>
    public const string CalendarFeedNotFound = "Bookings:CalendarFeedNotFound";

    /// <summary>
    /// The recurrence rule is not an RFC 5545 RRULE value the schedules accept (data: <c>recurrenceRule</c>, <c>reason</c>):
    /// it does not parse, its frequency is finer than daily, or it yields no occurrence. Written without the
    /// <c>RRULE:</c> prefix, e.g. <c>FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20270630</c>.
    /// </summary>
    public const string InvalidRecurrenceRule = "Bookings:InvalidRecurrenceRule";

    /// <summary>
    /// A schedule change would lower the capacity of a future session that follows the schedule below its confirmed
    /// bookings (data: <c>classSessionId</c>, <c>capacity</c>, <c>confirmedCount</c>); nothing is changed.
    /// </summary>
    public const string ScheduleCapacityBelowConfirmed = "Bookings:ScheduleCapacityBelowConfirmed";

    /// <summary>The session was cancelled by staff: it can be neither booked nor changed (data: <c>classSessionId</c>).</summary>
    public const string SessionCancelled = "Bookings:SessionCancelled";

    /// <summary>A bulk action selects more sessions than it may change at once (data: <c>count</c>, <c>max</c>).</summary>
    public const string TooManySessions = "Bookings:TooManySessions";
}
