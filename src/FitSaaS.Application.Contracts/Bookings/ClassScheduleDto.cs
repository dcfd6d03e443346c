namespace FitSaaS.Bookings;

/// <summary>A class schedule (a recurring class).</summary>
public sealed class ClassScheduleDto
{
    /// <summary>Schedule id.</summary>
    public Guid Id { get; init; }

    /// <summary>The class type.</summary>
    public Guid ClassTypeId { get; init; }

    /// <summary>The class type's name.</summary>
    public string? ClassTypeName { get; init; }

    /// <summary>The location.</summary>
    public Guid LocationId { get; init; }

    /// <summary>The location's name.</summary>
    public string? LocationName { get; init; }

    /// <summary>The location's IANA zone: the zone of <see cref="StartDate"/>, <see cref="LocalStartTime"/> and the rule.</summary>
    public string? TimeZoneId { get; init; }

    /// <summary>The coach's user id, if any.</summary>
    public Guid? CoachId { get; init; }

    /// <summary>Seats per session.</summary>
    public int Capacity { get; init; }

    /// <summary>Length of each session in minutes.</summary>
    public int DurationMinutes { get; init; }

    /// <summary>First local date.</summary>
    public DateOnly StartDate { get; init; }

    /// <summary>Local start time of every session.</summary>
    public TimeOnly LocalStartTime { get; init; }

    /// <summary>The RRULE value, normalized (parts in canonical order, no <c>RRULE:</c> prefix).</summary>
    public required string RecurrenceRule { get; init; }

    /// <summary>Local dates without a session, ascending.</summary>
    public IReadOnlyList<DateOnly> ExcludedDates { get; init; } = [];

    /// <summary>UTC instant of creation.</summary>
    public DateTime CreationTime { get; init; }

    /// <summary>Concurrency stamp; send it back on update.</summary>
    public required string ConcurrencyStamp { get; init; }
}
