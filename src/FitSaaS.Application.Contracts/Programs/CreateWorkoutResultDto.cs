using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Programs;

/// <summary>
/// Logs a result: for a workout (exactly one of <see cref="PublishedWorkoutId"/>, <see cref="AssignmentId"/> and
/// <see cref="WorkoutId"/>) or for a lift (<see cref="ExerciseId"/> with <see cref="RepMax"/>, scored by load).
/// </summary>
public sealed class CreateWorkoutResultDto
{
    /// <summary>Log for this member instead of oneself (staff, <c>FitSaaS.Programs.Results.LogForMembers</c>).</summary>
    public Guid? MemberId { get; init; }

    /// <summary>A published workout version of a track.</summary>
    public Guid? PublishedWorkoutId { get; init; }

    /// <summary>A workout assignment of the member.</summary>
    public Guid? AssignmentId { get; init; }

    /// <summary>A library workout (a benchmark or the tenant's own).</summary>
    public Guid? WorkoutId { get; init; }

    /// <summary>A lift: the exercise (global library or the tenant's own).</summary>
    public Guid? ExerciseId { get; init; }

    /// <summary>A lift: the rep-max scheme, 1–20 (1RM, 3RM, 5RM …); required with <see cref="ExerciseId"/>.</summary>
    [Range(1, WorkoutResultConsts.MaxRepMax)]
    public int? RepMax { get; init; }

    /// <summary>Rx (default) or scaled (only on a workout with a scaled level).</summary>
    public WorkoutDivision Division { get; init; }

    /// <summary>The score.</summary>
    public ScoreInputDto? Score { get; init; }

    /// <summary>When it was performed (UTC; may be back-dated, not in the future beyond 5 minutes).</summary>
    public DateTime PerformedAt { get; init; }

    /// <summary>Notes (at most 2000 characters).</summary>
    [StringLength(WorkoutResultConsts.MaxNotesLength)]
    public string? Notes { get; init; }
}
