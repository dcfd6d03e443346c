namespace FitSaaS.Programs;

/// <summary>
/// A copy of one version of a workout, as a track's publication or an assignment keeps it: later edits of the workout never change
/// it. Immutable.
/// </summary>
public sealed record WorkoutSnapshot
{
    /// <summary>The library workout it was taken from.</summary>
    public Guid WorkoutId { get; init; }

    /// <summary>The workout's version it was taken from (1-based).</summary>
    public int WorkoutVersion { get; init; }

    /// <summary>The workout whose personal records results count toward (the benchmark for a benchmark or a copy of one).</summary>
    public Guid PersonalRecordWorkoutId { get; init; }

    /// <summary>The title.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>The description; null when none.</summary>
    public string? Description { get; init; }

    /// <summary>The sections, in order.</summary>
    public IReadOnlyList<WorkoutSection> Sections { get; init; } = [];

    /// <summary>How results are scored.</summary>
    public ScoringType ScoringType { get; init; }

    /// <summary>Time cap (for-time) or duration (AMRAP) in seconds; null when none.</summary>
    public int? TimeCapSeconds { get; init; }

    /// <summary>True when the workout defines a scaled level.</summary>
    public bool HasScaledLevel { get; init; }

    /// <summary>True for a benchmark.</summary>
    public bool IsBenchmark { get; init; }
}
