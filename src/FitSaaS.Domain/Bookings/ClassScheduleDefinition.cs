namespace FitSaaS.Bookings;

/// <summary>What a <see cref="ClassSchedule"/> says: the values of its sessions and when they recur (wall clock in the location's zone).</summary>
/// <param name="ClassTypeId">The class type.</param>
/// <param name="LocationId">The location (its IANA zone is the schedule's).</param>
/// <param name="CoachId">The coach, if any.</param>
/// <param name="Capacity">Seats per session (1–1000).</param>
/// <param name="DurationMinutes">Length of each session in minutes (1–1440).</param>
/// <param name="StartDate">First local date.</param>
/// <param name="LocalStartTime">Local start time (seconds are dropped).</param>
/// <param name="RecurrenceRule">RFC 5545 RRULE value, e.g. <c>FREQ=WEEKLY;BYDAY=MO,WE,FR</c>.</param>
/// <param name="ExcludedDates">Local dates without a session.</param>
public sealed record ClassScheduleDefinition(
    Guid ClassTypeId,
    Guid LocationId,
    Guid? CoachId,
    int Capacity,
    int DurationMinutes,
    DateOnly StartDate,
    TimeOnly LocalStartTime,
    string RecurrenceRule,
    IReadOnlyList<DateOnly> ExcludedDates);
