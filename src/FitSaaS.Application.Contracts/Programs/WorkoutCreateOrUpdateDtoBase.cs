using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Programs;

/// <summary>
/// The fields of a tenant workout, shared by <see cref="CreateWorkoutDto"/> and <see cref="UpdateWorkoutDto"/>. Nested sections,
/// movements and prescriptions are validated too (field names such as <c>Sections[0].Movements[1].Rx.Reps</c>).
/// </summary>
public abstract class WorkoutCreateOrUpdateDtoBase : IValidatableObject
{
    /// <summary>The title; at most <see cref="ProgrammingConsts.MaxTitleLength"/> characters.</summary>
    [Required]
    [StringLength(ProgrammingConsts.MaxTitleLength)]
    public string Title { get; init; } = string.Empty;

    /// <summary>The description; null when none.</summary>
    [StringLength(ProgrammingConsts.MaxDescriptionLength)]
    public string? Description { get; init; }

    /// <summary>The sections, in order: at most <see cref="ProgrammingConsts.MaxSectionCount"/>.</summary>
    [MaxLength(ProgrammingConsts.MaxSectionCount)]
    public IReadOnlyList<WorkoutSectionDto> Sections { get; init; } = [];

    /// <summary>How results are scored.</summary>
    [Required]
    [EnumDataType(typeof(ScoringType))]
    public ScoringType? ScoringType { get; init; }

    /// <summary>Time cap in seconds (1–86400): only for <c>ForTime</c> and <c>AmrapRoundsReps</c>; required for an AMRAP (its duration).</summary>
    public int? TimeCapSeconds { get; init; }

    /// <summary>True for a benchmark (results compared across time); default false.</summary>
    public bool IsBenchmark { get; init; }

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ScoringType is { } scoring && Enum.IsDefined(scoring))
        {
            var capError = (scoring, TimeCapSeconds) switch
            {
                (Programs.ScoringType.AmrapRoundsReps, null) => "An AMRAP needs a time cap (its duration).",
                (not (Programs.ScoringType.ForTime or Programs.ScoringType.AmrapRoundsReps), not null) => "Only for-time and AMRAP workouts have a time cap.",
                (_, <= 0 or > ProgrammingConsts.MaxTimeCapSeconds) => $"A time cap is between 1 and {ProgrammingConsts.MaxTimeCapSeconds} seconds.",
                _ => null,
            };
            if (capError is not null)
            {
                yield return new ValidationResult(capError, [nameof(TimeCapSeconds)]);
            }
        }

        for (var s = 0; s < (Sections?.Count ?? 0); s++)
        {
            var section = Sections![s];
            var sectionPath = $"{nameof(Sections)}[{s}]";
            if (section is null)
            {
                yield return new ValidationResult("A section is required.", [sectionPath]);
                continue;
            }

            foreach (var error in ValidateNested(section, sectionPath))
            {
                yield return error;
            }

            for (var m = 0; m < (section.Movements?.Count ?? 0); m++)
            {
                var movement = section.Movements![m];
                var movementPath = $"{sectionPath}.{nameof(WorkoutSectionDto.Movements)}[{m}]";
                if (movement is null)
                {
                    yield return new ValidationResult("A movement is required.", [movementPath]);
                    continue;
                }

                foreach (var error in ValidateNested(movement, movementPath))
                {
                    yield return error;
                }

                if (movement.Rx is not null)
                {
                    foreach (var error in ValidateNested(movement.Rx, $"{movementPath}.{nameof(WorkoutMovementDto.Rx)}"))
                    {
                        yield return error;
                    }
                }

                if (movement.Scaled is not null)
                {
                    foreach (var error in ValidateNested(movement.Scaled, $"{movementPath}.{nameof(WorkoutMovementDto.Scaled)}"))
                    {
                        yield return error;
                    }
                }
            }
        }
    }

    private static IEnumerable<ValidationResult> ValidateNested(object value, string path)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true);
        return results.Select(r => new ValidationResult(r.ErrorMessage, r.MemberNames.Select(n => $"{path}.{n}").DefaultIfEmpty(path).ToArray()));
    }
}
