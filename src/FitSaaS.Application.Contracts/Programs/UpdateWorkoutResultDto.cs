using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Programs;

/// <summary>Changes what was done (the target, member and snapshot stay); recomputes personal records.</summary>
public sealed class UpdateWorkoutResultDto : IValidatableObject
{
    /// <summary>Rx or scaled (only on a workout with a scaled level).</summary>
    public WorkoutDivision Division { get; init; }

    /// <summary>The score, checked against the result's snapshot of the scoring rules.</summary>
    [Required]
    public ScoreInputDto Score { get; init; } = null!;

    /// <summary>When it was performed (UTC; may be back-dated, not in the future beyond 5 minutes).</summary>
    public DateTime PerformedAt { get; init; }

    /// <summary>Notes (at most 2000 characters).</summary>
    [StringLength(WorkoutResultConsts.MaxNotesLength)]
    public string? Notes { get; init; }

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Division))
        {
            yield return new ValidationResult("Unknown division.", [nameof(Division)]);
        }

        if (PerformedAt == default)
        {
            yield return new ValidationResult("The PerformedAt field is required.", [nameof(PerformedAt)]);
        }
    }
}
