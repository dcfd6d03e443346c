namespace FitSaaS.Programs;

/// <summary>
/// Goal progress, pure (no I/O; ADR 0054): direction-aware "reached", the percentage of the way from start to target, achievement
/// with its instant, and overdue against the tenant's local date.
/// </summary>
public static class GoalProgressCalculator
{
    /// <summary>True when <paramref name="value"/> is at or beyond <paramref name="target"/> in <paramref name="direction"/>.</summary>
    public static bool Reaches(GoalDirection direction, decimal value, decimal target) =>
        direction == GoalDirection.Decrease ? value <= target : value >= target;

    /// <summary>The direction of a personal-record score: <see cref="ScoringType.ForTime"/> lower is better, everything else higher.</summary>
    public static GoalDirection DirectionOf(ScoringType scoringType) =>
        scoringType == ScoringType.ForTime ? GoalDirection.Decrease : GoalDirection.Increase;

    /// <summary>
    /// The direction of a body-metric goal: toward the target from the start value; when there is none (or it equals the target),
    /// the metric's preference; null when that is <see cref="BodyMetricPreference.None"/> too.
    /// </summary>
    public static GoalDirection? DirectionOf(decimal? startValue, decimal target, BodyMetricPreference preference)
    {
        if (startValue is { } start && start != target)
        {
            return target < start ? GoalDirection.Decrease : GoalDirection.Increase;
        }

        return preference switch
        {
            BodyMetricPreference.LowerIsBetter => GoalDirection.Decrease,
            BodyMetricPreference.HigherIsBetter => GoalDirection.Increase,
            _ => null,
        };
    }

    /// <summary>
    /// The percentage of the way from <paramref name="start"/> to <paramref name="target"/> that <paramref name="current"/> has come,
    /// clamped to 0–100 and rounded to one decimal (a value beyond the start the wrong way is 0, beyond the target 100). With no start,
    /// 100 when reached, else null; with a start that already reached the target, 100 or 0.
    /// </summary>
    public static decimal? PercentComplete(GoalDirection direction, decimal? start, decimal target, decimal? current)
    {
        if (current is not { } value)
        {
            return start is null ? null : 0m;
        }

        var reached = Reaches(direction, value, target);
        if (start is not { } from)
        {
            return reached ? 100m : null;
        }

        var span = target - from;
        if (span == 0 || (direction == GoalDirection.Decrease) != (span < 0))
        {
            return reached ? 100m : 0m;
        }

        var raw = (value - from) / span * 100m;
        return Math.Round(Math.Clamp(raw, 0m, 100m), 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// Progress of a body-metric goal. <paramref name="latest"/> is the member's latest entry of the metric (any date);
    /// <paramref name="sinceStart"/> are the entries measured at or after <see cref="Goal.StartedAt"/>, in any order: the first of them
    /// (by measured-at) that reaches the target achieved the goal.
    /// </summary>
    public static GoalProgress ForBodyMetric(Goal goal, BodyMetricObservation? latest, IEnumerable<BodyMetricObservation> sinceStart, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(sinceStart);
        var achievedAt = sinceStart
            .Where(o => o.MeasuredAt >= goal.StartedAt && Reaches(goal.Direction, o.Value, goal.TargetValue))
            .Select(o => (DateTime?)o.MeasuredAt)
            .Min();
        var percent = achievedAt is not null ? 100m : PercentComplete(goal.Direction, goal.StartValue, goal.TargetValue, latest?.Value);
        return Finish(goal, latest?.Value, latest?.MeasuredAt, percent, achievedAt, today);
    }

    /// <summary>
    /// Progress of a personal-record goal from the member's current record of its key (null when none, or when results are not
    /// available). A record of another scoring type than the goal's is not comparable and counts as none.
    /// </summary>
    public static GoalProgress ForPersonalRecord(Goal goal, PersonalRecordValue? record, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(goal);
        if (record is not null && goal.ScoringType is { } scoring && record.ScoringType != scoring)
        {
            record = null;
        }

        var achievedAt = record is not null && Reaches(goal.Direction, record.Value, goal.TargetValue) ? record.PerformedAt : (DateTime?)null;
        var percent = PercentComplete(goal.Direction, goal.StartValue, goal.TargetValue, record?.Value);
        return Finish(goal, record?.Value, record?.PerformedAt, percent, achievedAt, today);
    }

    private static GoalProgress Finish(Goal goal, decimal? current, DateTime? currentAt, decimal? percent, DateTime? achievedAt, DateOnly today)
    {
        var achieved = achievedAt is not null;
        var status = goal.IsAbandoned ? GoalStatus.Abandoned : achieved ? GoalStatus.Achieved : GoalStatus.Active;
        var overdue = status == GoalStatus.Active && today > goal.DueDate;
        return new GoalProgress(status, current, currentAt, percent, achieved, achievedAt, overdue);
    }
}
