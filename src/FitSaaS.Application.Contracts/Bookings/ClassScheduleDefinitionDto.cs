using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Bookings;

/// <summary>
/// What a class schedule says (the body of create and update). Times are wall clock in the location's IANA zone: the
/// first session is on <see cref="StartDate"/> at <see cref="LocalStartTime"/>, and the next ones follow
/// <see cref="RecurrenceRule"/>, an RFC 5545 RRULE value (section 3.3.10).
/// </summary>
public abstract class ClassScheduleDefinitionDto : IValidatableObject
{
    /// <summary>The class type of the sessions.</summary>
    public Guid ClassTypeId { get; init; }

    /// <summary>The location; its IANA zone is the schedule's.</summary>
    public Guid LocationId { get; init; }

    /// <summary>Optional coach: a user of the tenant.</summary>
    public Guid? CoachId { get; init; }

    /// <summary>Seats per session; default: the class type's default capacity.</summary>
    [Range(ClassSessionConsts.MinCapacity, ClassSessionConsts.MaxCapacity)]
    public int? Capacity { get; init; }

    /// <summary>Length of each session in minutes; default: the class type's.</summary>
    [Range(ClassSessionConsts.MinDurationMinutes, ClassSessionConsts.MaxDurationMinutes)]
    public int? DurationMinutes { get; init; }

    /// <summary>First local date, ISO 8601 (<c>2027-01-04</c>): the rule's DTSTART date.</summary>
    [Required]
    public DateOnly? StartDate { get; init; }

    /// <summary>Local start time of every session, <c>HH:mm:ss</c> (<c>06:00:00</c>); seconds are dropped.</summary>
    [Required]
    public TimeOnly? LocalStartTime { get; init; }

    /// <summary>
    /// RFC 5545 RRULE value, with or without the <c>RRULE:</c> prefix, e.g. <c>FREQ=WEEKLY;BYDAY=MO,WE,FR</c>,
    /// <c>FREQ=WEEKLY;BYDAY=TU;COUNT=12</c>, <c>FREQ=DAILY;UNTIL=20270630</c>. DAILY, WEEKLY, MONTHLY or YEARLY; no
    /// BYHOUR/BYMINUTE/BYSECOND. Without COUNT or UNTIL it runs until the schedule is deleted. A rule that does not parse
    /// or has no occurrence is refused with <c>Bookings:InvalidRecurrenceRule</c>.
    /// </summary>
    [Required]
    [StringLength(ClassScheduleConsts.MaxRecurrenceRuleLength)]
    public string? RecurrenceRule { get; init; }

    /// <summary>Local dates without a session (holidays), at most 366.</summary>
    [MaxLength(ClassScheduleConsts.MaxExcludedDates)]
    public IReadOnlyList<DateOnly>? ExcludedDates { get; init; }

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ClassTypeId == Guid.Empty)
        {
            yield return new ValidationResult("The ClassTypeId field is required.", [nameof(ClassTypeId)]);
        }

        if (LocationId == Guid.Empty)
        {
            yield return new ValidationResult("The LocationId field is required.", [nameof(LocationId)]);
        }
    }
}
