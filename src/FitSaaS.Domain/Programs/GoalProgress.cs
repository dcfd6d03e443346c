namespace FitSaaS.Programs;

/// <summary>A goal's progress as computed when read.</summary>
/// <param name="Status">Abandoned, achieved or active.</param>
/// <param name="CurrentValue">The latest metric value or the current personal record, canonical; null when none.</param>
/// <param name="CurrentAt">When the current value was measured or performed (UTC).</param>
/// <param name="PercentComplete">How far from the start to the target, 0–100 (one decimal); null when there is no start value and the target is not reached.</param>
/// <param name="IsAchieved">Whether the target was reached.</param>
/// <param name="AchievedAt">When it was first reached (UTC): the first entry at or after the goal's start reaching it; for a personal record, the current record's instant.</param>
/// <param name="IsOverdue">Active (not achieved, not abandoned) and the due date has passed in the tenant's zone.</param>
public sealed record GoalProgress(
    GoalStatus Status, decimal? CurrentValue, DateTime? CurrentAt, decimal? PercentComplete, bool IsAchieved, DateTime? AchievedAt, bool IsOverdue);
