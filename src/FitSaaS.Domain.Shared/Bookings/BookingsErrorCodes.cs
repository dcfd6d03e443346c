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

    /// <summary>
    /// Booking the session has not opened yet (policy <c>BookingOpensMinutes</c>; data: <c>opensAtUtc</c>). Staff may
    /// book anyway with a reason.
    /// </summary>
    public const string BookingNotOpen = "Bookings:BookingNotOpen";

    /// <summary>Booking the session has closed (policy <c>BookingClosesMinutes</c>; data: <c>closesAtUtc</c>). Staff may book anyway with a reason.</summary>
    public const string BookingClosed = "Bookings:BookingClosed";

    /// <summary>
    /// The member reached a booking limit (data: <c>limit</c> = <c>PerDay</c>, <c>PerWeek</c> or <c>Upcoming</c>,
    /// <c>max</c>, and for day and week the local <c>periodStart</c>). Staff may book anyway with a reason.
    /// </summary>
    public const string BookingLimitReached = "Bookings:BookingLimitReached";

    /// <summary>The session's waitlist is full (policy <c>WaitlistMaxSize</c>; data: <c>maxSize</c>).</summary>
    public const string WaitlistFull = "Bookings:WaitlistFull";

    /// <summary>
    /// The member's self-booking is restricted after too many no-shows (data: <c>strikes</c>, <c>restrictedUntilUtc</c>).
    /// Staff may book them anyway with a reason.
    /// </summary>
    public const string MemberRestricted = "Bookings:MemberRestricted";

    /// <summary>Staff must give a reason for this action (a booking for another member that overrides a rule, a staff cancellation).</summary>
    public const string ReasonRequired = "Bookings:ReasonRequired";

    /// <summary>The booking is not a pending hold, so it cannot be confirmed (data: <c>status</c>).</summary>
    public const string BookingNotPending = "Bookings:BookingNotPending";

    /// <summary>
    /// The pending hold expired and its seat was released before the confirmation came (data: <c>holdExpiresAtUtc</c>); the
    /// payment's owner refunds it or books again. Confirming a hold that is confirmed already succeeds.
    /// </summary>
    public const string HoldExpired = "Bookings:HoldExpired";

    /// <summary>The action does not apply to a booking in this status (data: <c>status</c>, <c>action</c>).</summary>
    public const string InvalidBookingStatus = "Bookings:InvalidBookingStatus";

    /// <summary>Outside the session's check-in window (data: <c>opensAtUtc</c>, <c>closesAtUtc</c>; default 30 minutes before to 10 after the start).</summary>
    public const string CheckInWindowClosed = "Bookings:CheckInWindowClosed";

    /// <summary>
    /// The check-in token does not parse, is for another session, another member or another gym, or has expired; nothing
    /// changes.
    /// </summary>
    public const string InvalidCheckInToken = "Bookings:InvalidCheckInToken";

    /// <summary>A no-show can no longer be reversed: its penalties apply (policy <c>NoShowReversalHours</c>; data: <c>reversibleUntilUtc</c>).</summary>
    public const string NoShowFinal = "Bookings:NoShowFinal";

    /// <summary>
    /// A booking policy is inconsistent (data: <c>reason</c>): the booking window closes before it opens, or the free
    /// cancellation limit is later than the late-cancellation cut-off.
    /// </summary>
    public const string InvalidBookingPolicy = "Bookings:InvalidBookingPolicy";
}
