using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Programs;

/// <summary>
/// Input of <see cref="IWorkoutAssignmentAppService.CreateAsync"/>: either a workout for some dates (<see cref="WorkoutId"/> and
/// <see cref="Dates"/>), or a template from a start date (<see cref="ProgramTemplateId"/> and <see cref="StartDate"/>).
/// </summary>
public sealed class CreateWorkoutAssignmentsDto : IValidatableObject
{
    /// <summary>The member (a user of the tenant).</summary>
    [Required]
    public Guid? MemberId { get; init; }

    /// <summary>The workout to assign (global or the tenant's own); with <see cref="Dates"/>.</summary>
    public Guid? WorkoutId { get; init; }

    /// <summary>The member's local dates (distinct, at most <see cref="ProgrammingConsts.MaxAssignmentDates"/>); with <see cref="WorkoutId"/>.</summary>
    [MaxLength(ProgrammingConsts.MaxAssignmentDates)]
    public IReadOnlyList<DateOnly> Dates { get; init; } = [];

    /// <summary>The template to assign; with <see cref="StartDate"/>.</summary>
    public Guid? ProgramTemplateId { get; init; }

    /// <summary>The local date of the template's day offset 0; with <see cref="ProgramTemplateId"/>.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>The coach's notes; null when none.</summary>
    [StringLength(ProgrammingConsts.MaxNotesLength)]
    public string? Notes { get; init; }

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if ((WorkoutId is null) == (ProgramTemplateId is null))
        {
            yield return new ValidationResult("Give either a workout or a template.", [nameof(WorkoutId), nameof(ProgramTemplateId)]);
        }
        else if (WorkoutId is not null && (Dates is null || Dates.Count == 0 || Dates.Distinct().Count() != Dates.Count))
        {
            yield return new ValidationResult("A workout is assigned for one or more distinct dates.", [nameof(Dates)]);
        }
        else if (ProgramTemplateId is not null && StartDate is null)
        {
            yield return new ValidationResult("A template is assigned from a start date.", [nameof(StartDate)]);
        }
    }
}
