using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Programs;

/// <summary>Changes what was done (the target, member and snapshot stay); recomputes personal records.</summary>
public sealed class UpdateWorkoutResultDto
{
    /// <summary>Rx or scaled (only on a workout with a scaled level).</summary>
    public WorkoutDivision Division { get; init; }

    /// <summary>The score, checked against the result's snapshot of the scoring rules.</summary>
    public ScoreInputDto? Score { get; init; }

    /// <summary>When it was performed (UTC; may be back-dated, not in the future beyond 5 minutes).</summary>
    public DateTime PerformedAt { get; init; }

    /// <summary>Notes (at most 2000 characters).</summary>
    [StringLength(WorkoutResultConsts.MaxNotesLength)]
    public string? Notes { get; init; }
}
