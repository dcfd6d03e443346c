namespace FitSaaS.Programs;

/// <summary>Which way a goal's value has to move to reach its target.</summary>
public enum GoalDirection
{
    /// <summary>Down to the target: reached when the value is at or below it (losing weight, a faster time).</summary>
    Decrease = 1,

    /// <summary>Up to the target: reached when the value is at or above it (a heavier lift, more reps).</summary>
    Increase = 2,
}
