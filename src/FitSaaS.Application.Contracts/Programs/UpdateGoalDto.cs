using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Programs;

/// <summary>Input of <see cref="IGoalAppService.UpdateAsync"/>: the new target, due date and title (what the goal is about stays).</summary>
public sealed class UpdateGoalDto
{
    /// <summary>The target, as on creation (in <see cref="TargetUnit"/> for a body metric; canonical score for a personal record).</summary>
    [Required]
    public decimal? TargetValue { get; init; }

    /// <summary>The unit of a body-metric target; default the metric's canonical unit. Ignored for a personal record.</summary>
    [EnumDataType(typeof(BodyMetricUnit))]
    public BodyMetricUnit? TargetUnit { get; init; }

    /// <summary>Which way a body-metric value must move; default toward the target from the start value, else the metric's preference.</summary>
    [EnumDataType(typeof(GoalDirection))]
    public GoalDirection? Direction { get; init; }

    /// <summary>The last day to reach it (local date in the gym's zone); a changed due date is today or later.</summary>
    [Required]
    public DateOnly? DueDate { get; init; }

    /// <summary>A short title, at most <see cref="GoalConsts.MaxTitleLength"/> characters.</summary>
    [StringLength(GoalConsts.MaxTitleLength)]
    public string? Title { get; init; }
}
