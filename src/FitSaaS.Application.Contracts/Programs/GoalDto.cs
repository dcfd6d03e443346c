namespace FitSaaS.Programs;

/// <summary>A member's goal with its progress, computed when read.</summary>
public sealed class GoalDto
{
    /// <summary>The goal id.</summary>
    public Guid Id { get; init; }

    /// <summary>The member (user id).</summary>
    public Guid MemberId { get; init; }

    /// <summary>Body metric or personal record.</summary>
    public GoalKind Kind { get; init; }

    /// <summary>Active, achieved (computed) or abandoned.</summary>
    public GoalStatus Status { get; init; }

    /// <summary>A short title; null when none.</summary>
    public string? Title { get; init; }

    /// <summary>Which way the value must move (for a personal record: down for a time, up otherwise).</summary>
    public GoalDirection Direction { get; init; }

    /// <summary>The last day to reach the target (a local date in the gym's zone).</summary>
    public DateOnly DueDate { get; init; }

    /// <summary>When the goal was set (UTC); body-metric entries from then on count toward it.</summary>
    public DateTime StartedAt { get; init; }

    /// <summary>When it was abandoned (UTC); null when not.</summary>
    public DateTime? AbandonedAt { get; init; }

    /// <summary>The target in canonical units: the metric's (kg, cm, %, label) or the score's (seconds, kilograms, metres, counts; AMRAP rounds × 1000 + reps).</summary>
    public decimal TargetValue { get; init; }

    /// <summary>The target as entered (body-metric goals); null otherwise.</summary>
    public decimal? TargetDisplayValue { get; init; }

    /// <summary>The unit the target was entered in (body-metric goals); null otherwise.</summary>
    public BodyMetricUnit? TargetDisplayUnit { get; init; }

    /// <summary>The value when the goal was set, canonical; null when there was none.</summary>
    public decimal? StartValue { get; init; }

    /// <summary>The current value (latest entry, or current personal record), canonical; null when none (or results are not available).</summary>
    public decimal? CurrentValue { get; init; }

    /// <summary>When the current value was measured or performed (UTC).</summary>
    public DateTime? CurrentAt { get; init; }

    /// <summary>How far from the start to the target, 0–100 with one decimal; null without a start value until reached.</summary>
    public decimal? PercentComplete { get; init; }

    /// <summary>Whether the target was reached.</summary>
    public bool IsAchieved { get; init; }

    /// <summary>
    /// When it was reached (UTC): the first entry measured since the goal was set that reached the target; for a personal record,
    /// when the current record was performed.
    /// </summary>
    public DateTime? AchievedAt { get; init; }

    /// <summary>Active and the due date has passed in the gym's zone.</summary>
    public bool IsOverdue { get; init; }

    /// <summary>The body metric (body-metric goals).</summary>
    public Guid? MetricId { get; init; }

    /// <summary>The benchmark workout (personal-record goals on a workout).</summary>
    public Guid? WorkoutId { get; init; }

    /// <summary>The exercise (personal-record goals on a lift).</summary>
    public Guid? ExerciseId { get; init; }

    /// <summary>The exercise's rep max (1, 3, 5…).</summary>
    public int? RepMax { get; init; }

    /// <summary>The division of a personal-record goal.</summary>
    public WorkoutDivision? Division { get; init; }

    /// <summary>How the personal record is scored.</summary>
    public ScoringType? ScoringType { get; init; }
}
