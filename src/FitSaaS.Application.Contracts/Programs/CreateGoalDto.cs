using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Programs;

/// <summary>
/// Input of <see cref="IGoalAppService.CreateAsync"/>. A body-metric goal gives <see cref="MetricId"/>, <see cref="TargetValue"/> and
/// optionally <see cref="TargetUnit"/> and <see cref="Direction"/>; a personal-record goal gives <see cref="WorkoutId"/> (a
/// benchmark; with <see cref="ScoringType"/> unless the workout is known to the gym) or <see cref="ExerciseId"/> with
/// <see cref="RepMax"/>, the <see cref="Division"/>, and <see cref="TargetValue"/> as a score in canonical units.
/// </summary>
public sealed class CreateGoalDto : IValidatableObject
{
    /// <summary>Set it for this member instead of oneself (needs <c>FitSaaS.Programs.Goals.ManageForMembers</c>).</summary>
    public Guid? MemberId { get; init; }

    /// <summary>Body metric or personal record.</summary>
    [Required]
    [EnumDataType(typeof(GoalKind))]
    public GoalKind? Kind { get; init; }

    /// <summary>A short title, at most <see cref="GoalConsts.MaxTitleLength"/> characters.</summary>
    [StringLength(GoalConsts.MaxTitleLength)]
    public string? Title { get; init; }

    /// <summary>The last day to reach it (a local date in the gym's zone); today or later.</summary>
    [Required]
    public DateOnly? DueDate { get; init; }

    /// <summary>
    /// The target: a body-metric value in <see cref="TargetUnit"/> (not negative, within the metric's bounds), or a score in canonical
    /// units (seconds for a time, lower is better; kilograms, metres, counts, AMRAP rounds × 1000 + reps, higher is better).
    /// </summary>
    [Required]
    public decimal? TargetValue { get; init; }

    /// <summary>The body metric (body-metric goals).</summary>
    public Guid? MetricId { get; init; }

    /// <summary>The unit of a body-metric target; default the metric's canonical unit.</summary>
    [EnumDataType(typeof(BodyMetricUnit))]
    public BodyMetricUnit? TargetUnit { get; init; }

    /// <summary>
    /// Which way a body-metric value must move; default toward the target from the latest entry, else the metric's preference.
    /// </summary>
    [EnumDataType(typeof(GoalDirection))]
    public GoalDirection? Direction { get; init; }

    /// <summary>The benchmark workout of a personal-record goal.</summary>
    public Guid? WorkoutId { get; init; }

    /// <summary>The exercise of a personal-record goal on a lift.</summary>
    public Guid? ExerciseId { get; init; }

    /// <summary>The rep max of an exercise goal, 1 to <see cref="GoalConsts.MaxRepMax"/>.</summary>
    public int? RepMax { get; init; }

    /// <summary>The division of a personal-record goal; default Rx.</summary>
    [EnumDataType(typeof(WorkoutDivision))]
    public WorkoutDivision? Division { get; init; }

    /// <summary>How the workout is scored (personal-record goals on a workout the gym's programming does not know); an exercise is scored by load.</summary>
    [EnumDataType(typeof(ScoringType))]
    public ScoringType? ScoringType { get; init; }

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Kind == GoalKind.BodyMetric)
        {
            if (MetricId is null || MetricId == Guid.Empty)
            {
                yield return new ValidationResult("A body-metric goal needs MetricId.", [nameof(MetricId)]);
            }

            if (WorkoutId is not null || ExerciseId is not null || RepMax is not null || Division is not null || ScoringType is not null)
            {
                yield return new ValidationResult("A body-metric goal has no workout, exercise, rep max, division or scoring type.", [nameof(WorkoutId)]);
            }
        }
        else if (Kind == GoalKind.PersonalRecord)
        {
            if (MetricId is not null || TargetUnit is not null || Direction is not null)
            {
                yield return new ValidationResult("A personal-record goal has no metric, unit or direction (its scoring type fixes them).", [nameof(MetricId)]);
            }

            if ((WorkoutId is null) == (ExerciseId is null))
            {
                yield return new ValidationResult("A personal-record goal needs exactly one of WorkoutId and ExerciseId.", [nameof(WorkoutId)]);
            }

            if (ExerciseId is not null && RepMax is null)
            {
                yield return new ValidationResult("An exercise goal needs RepMax.", [nameof(RepMax)]);
            }

            if (RepMax is not null and not (>= 1 and <= GoalConsts.MaxRepMax))
            {
                yield return new ValidationResult($"RepMax is from 1 to {GoalConsts.MaxRepMax}.", [nameof(RepMax)]);
            }
        }
    }
}
