using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Programs;

/// <summary>The fields of a program template, shared by <see cref="CreateProgramTemplateDto"/> and <see cref="UpdateProgramTemplateDto"/>.</summary>
public abstract class ProgramTemplateCreateOrUpdateDtoBase : IValidatableObject
{
    /// <summary>The name; at most <see cref="ProgrammingConsts.MaxTitleLength"/> characters.</summary>
    [Required]
    [StringLength(ProgrammingConsts.MaxTitleLength)]
    public string Name { get; init; } = string.Empty;

    /// <summary>The description; null when none.</summary>
    [StringLength(ProgrammingConsts.MaxDescriptionLength)]
    public string? Description { get; init; }

    /// <summary>Length in weeks (1–52).</summary>
    [Range(1, ProgrammingConsts.MaxTemplateWeeks)]
    public int Weeks { get; init; }

    /// <summary>The days; each offset below weeks × 7 and at most once.</summary>
    [MaxLength(ProgrammingConsts.MaxTemplateWeeks * 7)]
    public IReadOnlyList<ProgramTemplateDayDto> Days { get; init; } = [];

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var days = Days ?? [];
        for (var i = 0; i < days.Count; i++)
        {
            if (days[i] is null || days[i].WorkoutId is null)
            {
                yield return new ValidationResult("Every day names a workout.", [$"{nameof(Days)}[{i}].{nameof(ProgramTemplateDayDto.WorkoutId)}"]);
            }
            else if (days[i].DayOffset < 0 || days[i].DayOffset >= Weeks * 7)
            {
                yield return new ValidationResult("A day offset lies within the template's weeks.", [$"{nameof(Days)}[{i}].{nameof(ProgramTemplateDayDto.DayOffset)}"]);
            }
        }

        if (days.Where(d => d is not null).Select(d => d.DayOffset).Distinct().Count() != days.Count(d => d is not null))
        {
            yield return new ValidationResult("A template has one workout per day offset.", [nameof(Days)]);
        }
    }
}
