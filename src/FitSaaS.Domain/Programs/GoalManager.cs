using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Programs;

/// <summary>
/// Creates and changes members' goals and computes their progress. Personal records come from <see cref="IPersonalRecordLookup"/>
/// (results) and workouts' scoring types from <see cref="IWorkoutResultTargetResolver"/> (programming).
/// </summary>
public sealed class GoalManager(
    IGoalRepository goals,
    IBodyMetricEntryRepository entries,
    BodyMetricManager metrics,
    IExerciseRepository exercises,
    IPersonalRecordLookup records,
    IWorkoutResultTargetResolver targets,
    ProgramsCalendar calendar,
    IGuidGenerator guidGenerator,
    ICurrentTenant currentTenant) : IDomainService
{
    /// <summary>
    /// Sets a body-metric goal: the start is the member's latest entry; the direction is toward the target from it, else the
    /// metric's preference, else <paramref name="direction"/>. The caller inserts it.
    /// </summary>
    /// <exception cref="BusinessException">
    /// <see cref="ProgramsErrorCodes.UnknownBodyMetric"/>, <see cref="ProgramsErrorCodes.UnitNotOfMetricKind"/>,
    /// <see cref="ProgramsErrorCodes.BodyMetricValueOutOfRange"/>, <see cref="ProgramsErrorCodes.GoalDirectionRequired"/>,
    /// <see cref="ProgramsErrorCodes.GoalDueDateInPast"/>, <see cref="ProgramsErrorCodes.TooManyGoals"/>.
    /// </exception>
    public async Task<Goal> CreateBodyMetricGoalAsync(
        Guid memberId, Guid metricId, decimal target, BodyMetricUnit? unit, GoalDirection? direction, DateOnly dueDate, string? title, DateTime now,
        CancellationToken cancellationToken = default)
    {
        await ThrowIfTooManyAsync(memberId, cancellationToken);
        await ThrowIfDueInPastAsync(dueDate, now);
        var metric = await metrics.GetAsync(metricId, cancellationToken);
        var value = metric.ToCanonical(target, unit);
        var start = (await entries.FindLatestAsync(memberId, metric.Id, cancellationToken))?.Value;
        var resolved = direction ?? GoalProgressCalculator.DirectionOf(start, value.Canonical, metric.Preference) ?? throw DirectionRequired();
        var goalTarget = new GoalTarget(resolved, value.Canonical, value.Display, value.DisplayUnit, start, metric.Id, null, null, null, null, null);
        return new Goal(guidGenerator.Create(), currentTenant.Id, memberId, GoalKind.BodyMetric, goalTarget, dueDate, title, now);
    }

    /// <summary>
    /// Sets a personal-record goal on a benchmark workout (<paramref name="workoutId"/>) or an exercise's rep max
    /// (<paramref name="exerciseId"/> and <paramref name="repMax"/>), in a division, with a target score in canonical units. The
    /// start is the member's current record when results are available. The caller inserts it.
    /// </summary>
    /// <exception cref="BusinessException">
    /// <see cref="ProgramsErrorCodes.InvalidGoalReference"/>, <see cref="ProgramsErrorCodes.InvalidGoalScoringType"/>,
    /// <see cref="ProgramsErrorCodes.InvalidGoalTarget"/>, <see cref="ProgramsErrorCodes.GoalDueDateInPast"/>,
    /// <see cref="ProgramsErrorCodes.TooManyGoals"/>.
    /// </exception>
    public async Task<Goal> CreatePersonalRecordGoalAsync(
        Guid memberId, Guid? workoutId, Guid? exerciseId, int? repMax, WorkoutDivision division, ScoringType? scoringType, decimal target,
        DateOnly dueDate, string? title, DateTime now, CancellationToken cancellationToken = default)
    {
        await ThrowIfTooManyAsync(memberId, cancellationToken);
        await ThrowIfDueInPastAsync(dueDate, now);
        if (!Enum.IsDefined(division))
        {
            throw InvalidReference("division", "Unknown division.");
        }

        ScoringType scoring;
        if (exerciseId is { } exercise)
        {
            if (workoutId is not null)
            {
                throw InvalidReference("workoutId", "A personal-record goal is on a workout or on an exercise, not both.");
            }

            if (repMax is not (>= 1 and <= GoalConsts.MaxRepMax))
            {
                throw InvalidReference("repMax", $"An exercise goal needs a rep max from 1 to {GoalConsts.MaxRepMax}.");
            }

            if (await exercises.FindVisibleAsync(exercise, currentTenant.Id, cancellationToken) is null)
            {
                throw InvalidReference("exerciseId", "No such exercise.");
            }

            if (scoringType is not (null or ScoringType.Load))
            {
                throw InvalidScoring("An exercise's rep max is scored by load.");
            }

            scoring = ScoringType.Load;
        }
        else if (workoutId is { } workout)
        {
            if (repMax is not null)
            {
                throw InvalidReference("repMax", "A rep max goes with an exercise.");
            }

            (workoutId, scoring) = await ResolveWorkoutAsync(memberId, workout, scoringType, cancellationToken);
        }
        else
        {
            throw InvalidReference("workoutId", "A personal-record goal needs a workout or an exercise.");
        }

        var direction = GoalProgressCalculator.DirectionOf(scoring);
        ThrowIfInvalidScore(target, scoring);
        var start = await FindRecordAsync(memberId, workoutId, exerciseId, repMax, division, scoring, cancellationToken);
        var goalTarget = new GoalTarget(direction, target, null, null, start?.Value, null, workoutId, exerciseId, repMax, division, scoring);
        return new Goal(guidGenerator.Create(), currentTenant.Id, memberId, GoalKind.PersonalRecord, goalTarget, dueDate, title, now);
    }

    /// <summary>
    /// Changes a goal's target (in the unit given, for a body metric; canonical score for a personal record), due date and title.
    /// A body-metric goal's direction follows the new target from its start value.
    /// </summary>
    /// <exception cref="BusinessException">
    /// <see cref="ProgramsErrorCodes.GoalAbandoned"/>, the target's codes as on creation, <see cref="ProgramsErrorCodes.GoalDueDateInPast"/>
    /// for a due date changed to before today.
    /// </exception>
    public async Task ChangeAsync(
        Goal goal, decimal target, BodyMetricUnit? unit, GoalDirection? direction, DateOnly dueDate, string? title, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(goal);
        goal.ThrowIfAbandoned();
        if (dueDate != goal.DueDate)
        {
            await ThrowIfDueInPastAsync(dueDate, now);
        }

        if (goal.Kind == GoalKind.BodyMetric)
        {
            var metric = await metrics.GetAsync(goal.MetricId!.Value, cancellationToken);
            var value = metric.ToCanonical(target, unit);
            var resolved = direction ?? GoalProgressCalculator.DirectionOf(goal.StartValue, value.Canonical, metric.Preference) ?? throw DirectionRequired();
            goal.ChangeTarget(resolved, value.Canonical, value.Display, value.DisplayUnit);
        }
        else
        {
            ThrowIfInvalidScore(target, goal.ScoringType!.Value);
            goal.ChangeTarget(goal.Direction, target, null, null);
        }

        goal.ChangePlan(dueDate, title);
    }

    /// <summary>
    /// The progress of goals, computed now against the tenant's local date, in at most three reads per member (their current
    /// personal records, their latest value of every metric, their values since the earliest goal's start).
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, GoalProgress>> GetProgressAsync(IReadOnlyCollection<Goal> list, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(list);
        var today = await calendar.GetTodayAsync(now);
        var result = new Dictionary<Guid, GoalProgress>(list.Count);
        foreach (var member in list.GroupBy(g => g.MemberId))
        {
            var recordGoals = member.Where(g => g.Kind == GoalKind.PersonalRecord).ToList();
            if (recordGoals.Count > 0)
            {
                var current = await records.GetCurrentByKeyAsync(member.Key, cancellationToken);
                foreach (var goal in recordGoals)
                {
                    result[goal.Id] = GoalProgressCalculator.ForPersonalRecord(goal, current.GetValueOrDefault(PersonalRecordKeyOf(goal)), today);
                }
            }

            var metricGoals = member.Where(g => g.Kind == GoalKind.BodyMetric).ToList();
            if (metricGoals.Count > 0)
            {
                var latest = (await entries.GetLatestPerMetricAsync(member.Key, cancellationToken))
                    .ToDictionary(e => e.MetricId, e => new BodyMetricObservation(e.Value, e.MeasuredAt));
                var since = await entries.GetObservationsSinceAsync(
                    member.Key, metricGoals.Select(g => g.MetricId!.Value).ToList(), metricGoals.Min(g => g.StartedAt), cancellationToken);
                foreach (var goal in metricGoals)
                {
                    var metric = goal.MetricId!.Value;
                    result[goal.Id] = GoalProgressCalculator.ForBodyMetric(goal, latest.GetValueOrDefault(metric), since.GetValueOrDefault(metric) ?? [], today);
                }
            }
        }

        return result;
    }

    private static string PersonalRecordKeyOf(Goal goal) => goal.ExerciseId is { } exercise
        ? WorkoutResult.LiftKey(exercise, goal.RepMax ?? 1, goal.Division!.Value)
        : WorkoutResult.WorkoutKey(goal.WorkoutId!.Value, goal.ScoringType!.Value, goal.Division!.Value);

    private async Task<PersonalRecordValue?> FindRecordAsync(
        Guid memberId, Guid? workoutId, Guid? exerciseId, int? repMax, WorkoutDivision division, ScoringType scoring, CancellationToken cancellationToken)
    {
        var record = await records.FindCurrentAsync(memberId, workoutId, exerciseId, repMax, division, cancellationToken);
        return record is not null && record.ScoringType == scoring ? record : null;
    }

    private async Task<(Guid WorkoutId, ScoringType Scoring)> ResolveWorkoutAsync(Guid memberId, Guid workoutId, ScoringType? given, CancellationToken cancellationToken)
    {
        WorkoutResultTarget resolved;
        try
        {
            resolved = await targets.ResolveAsync(new WorkoutResultTargetReference(null, null, workoutId), memberId, cancellationToken);
        }
        catch (EntityNotFoundException)
        {
            throw InvalidReference("workoutId", "No such workout.");
        }

        if (given is { } stated && stated != resolved.ScoringType)
        {
            throw InvalidScoring($"The workout is scored {resolved.ScoringType}, not {stated}.");
        }

        return (resolved.PersonalRecordWorkoutId, ThrowIfNoScore(resolved.ScoringType));
    }

    private static ScoringType ThrowIfNoScore(ScoringType scoring) =>
        Enum.IsDefined(scoring) && scoring != ScoringType.NoScore ? scoring : throw InvalidScoring("An unscored workout has no personal records.");

    private static void ThrowIfInvalidScore(decimal target, ScoringType scoring)
    {
        if (target < 0 || target > GoalConsts.MaxTargetScore || (target == 0 && scoring == ScoringType.ForTime))
        {
            throw new BusinessException(ProgramsErrorCodes.InvalidGoalTarget, $"{target} is not a valid {scoring} target.").WithData("value", target);
        }
    }

    private async Task ThrowIfTooManyAsync(Guid memberId, CancellationToken cancellationToken)
    {
        if (await goals.CountByMemberAsync(memberId, cancellationToken) >= GoalConsts.MaxGoalsPerMember)
        {
            throw new BusinessException(ProgramsErrorCodes.TooManyGoals, $"A member has at most {GoalConsts.MaxGoalsPerMember} goals.");
        }
    }

    private async Task ThrowIfDueInPastAsync(DateOnly dueDate, DateTime now)
    {
        var today = await calendar.GetTodayAsync(now);
        if (dueDate < today)
        {
            throw new BusinessException(ProgramsErrorCodes.GoalDueDateInPast, "The due date has passed.")
                .WithData("dueDate", dueDate.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
                .WithData("today", today.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static BusinessException DirectionRequired() =>
        new(ProgramsErrorCodes.GoalDirectionRequired, "Say whether the value should go down or up: there is no entry to start from and the metric prefers neither way.");

    private static BusinessException InvalidReference(string field, string message) =>
        new BusinessException(ProgramsErrorCodes.InvalidGoalReference, message).WithData("field", field);

    private static BusinessException InvalidScoring(string message) => new(ProgramsErrorCodes.InvalidGoalScoringType, message);
}
