using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Programs;

/// <summary>
/// A member's goal, set by the member or by a coach for them: reach a body-metric value (<see cref="GoalKind.BodyMetric"/>) or a
/// personal-record score (<see cref="GoalKind.PersonalRecord"/>) by a local due date. Only the target, the start and whether it was
/// abandoned are stored; progress, achievement and overdue are computed when read (<see cref="GoalProgressCalculator"/>), so edits
/// and deletions of entries or results are always reflected. <see cref="GoalManager"/> creates it.
/// </summary>
public sealed class Goal : AuditedAggregateRoot<Guid>, IMultiTenant
{
    private Goal()
    {
        // EF Core
    }

    internal Goal(Guid id, Guid? tenantId, Guid memberId, GoalKind kind, GoalTarget target, DateOnly dueDate, string? title, DateTime startedAt)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(target);
        TenantId = tenantId;
        MemberId = memberId;
        Kind = kind;
        StartedAt = startedAt;
        MetricId = target.MetricId;
        WorkoutId = target.WorkoutId;
        ExerciseId = target.ExerciseId;
        RepMax = target.RepMax;
        Division = target.Division;
        ScoringType = target.ScoringType;
        StartValue = target.StartValue;
        SetTarget(target.Direction, target.Value, target.DisplayValue, target.DisplayUnit);
        SetPlan(dueDate, title);
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The member (user id) whose goal it is.</summary>
    public Guid MemberId { get; private set; }

    /// <summary>Body metric or personal record.</summary>
    public GoalKind Kind { get; private set; }

    /// <summary>A short title; null when none.</summary>
    public string? Title { get; private set; }

    /// <summary>When the goal was set (UTC): entries measured from then on count toward it.</summary>
    public DateTime StartedAt { get; private set; }

    /// <summary>The last day (a local date in the tenant's zone) to reach the target.</summary>
    public DateOnly DueDate { get; private set; }

    /// <summary>Which way the value must move.</summary>
    public GoalDirection Direction { get; private set; }

    /// <summary>The target in canonical units: the metric's (kg, cm, %, label) or the score's (seconds, kilograms, metres, counts; AMRAP rounds × 1000 + reps).</summary>
    public decimal TargetValue { get; private set; }

    /// <summary>The target as entered (body-metric goals); null for personal-record goals.</summary>
    public decimal? TargetDisplayValue { get; private set; }

    /// <summary>The unit the target was entered in (body-metric goals); null for personal-record goals.</summary>
    public BodyMetricUnit? TargetDisplayUnit { get; private set; }

    /// <summary>The value when the goal was set (the latest entry, or the current personal record), canonical; null when there was none.</summary>
    public decimal? StartValue { get; private set; }

    /// <summary>The body metric (body-metric goals).</summary>
    public Guid? MetricId { get; private set; }

    /// <summary>The benchmark workout (personal-record goals on a workout).</summary>
    public Guid? WorkoutId { get; private set; }

    /// <summary>The exercise (personal-record goals on a lift).</summary>
    public Guid? ExerciseId { get; private set; }

    /// <summary>The rep max (1, 3, 5…) of an exercise goal.</summary>
    public int? RepMax { get; private set; }

    /// <summary>The division of a personal-record goal.</summary>
    public WorkoutDivision? Division { get; private set; }

    /// <summary>How the personal record is scored (fixes direction: <see cref="Programs.ScoringType.ForTime"/> lower, else higher).</summary>
    public ScoringType? ScoringType { get; private set; }

    /// <summary>When it was abandoned (UTC); null while not.</summary>
    public DateTime? AbandonedAt { get; private set; }

    /// <summary>True once abandoned.</summary>
    public bool IsAbandoned => AbandonedAt is not null;

    /// <summary>Changes the due date and title.</summary>
    /// <exception cref="BusinessException"><see cref="ProgramsErrorCodes.GoalAbandoned"/>.</exception>
    public void ChangePlan(DateOnly dueDate, string? title)
    {
        ThrowIfAbandoned();
        SetPlan(dueDate, title);
    }

    /// <summary>Changes the target of a body-metric goal (checked by <see cref="GoalManager"/>) or of a personal-record goal.</summary>
    /// <exception cref="BusinessException"><see cref="ProgramsErrorCodes.GoalAbandoned"/>.</exception>
    internal void ChangeTarget(GoalDirection direction, decimal value, decimal? displayValue, BodyMetricUnit? displayUnit)
    {
        ThrowIfAbandoned();
        SetTarget(direction, value, displayValue, displayUnit);
    }

    /// <summary>Gives the goal up.</summary>
    /// <exception cref="BusinessException"><see cref="ProgramsErrorCodes.GoalAbandoned"/> when it already is.</exception>
    public void Abandon(DateTime now)
    {
        ThrowIfAbandoned();
        AbandonedAt = now;
    }

    /// <summary>Throws when the goal was abandoned.</summary>
    internal void ThrowIfAbandoned()
    {
        if (IsAbandoned)
        {
            throw new BusinessException(ProgramsErrorCodes.GoalAbandoned, "The goal was abandoned.").WithData("goalId", Id);
        }
    }

    private void SetTarget(GoalDirection direction, decimal value, decimal? displayValue, BodyMetricUnit? displayUnit)
    {
        if (!Enum.IsDefined(direction))
        {
            throw new ArgumentOutOfRangeException(nameof(direction));
        }

        Direction = direction;
        TargetValue = value;
        TargetDisplayValue = displayValue;
        TargetDisplayUnit = displayUnit;
    }

    private void SetPlan(DateOnly dueDate, string? title)
    {
        var trimmed = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        if (trimmed?.Length > GoalConsts.MaxTitleLength)
        {
            throw new ArgumentException($"A title has at most {GoalConsts.MaxTitleLength} characters.", nameof(title));
        }

        DueDate = dueDate;
        Title = trimmed;
    }
}
