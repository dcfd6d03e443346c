namespace FitSaaS.Bookings;

/// <summary>Limits of class schedules.</summary>
public static class ClassScheduleConsts
{
    /// <summary>Longest recurrence rule (RFC 5545 RRULE value), in characters.</summary>
    public const int MaxRecurrenceRuleLength = 500;

    /// <summary>Most excluded dates (holidays) of one schedule.</summary>
    public const int MaxExcludedDates = 366;

    /// <summary>Default of the setting <c>Bookings.ScheduleHorizonDays</c>: six weeks.</summary>
    public const int DefaultHorizonDays = 42;

    /// <summary>Largest value of the setting <c>Bookings.ScheduleHorizonDays</c>: one year.</summary>
    public const int MaxHorizonDays = 366;
}
