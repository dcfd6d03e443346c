namespace FitSaaS.Programs;

/// <summary>
/// Where a goal stands. <see cref="Achieved"/> is computed when the goal is read (a metric entry or personal record reached the
/// target); <see cref="Abandoned"/> is set by the member or a coach and wins over both.
/// </summary>
public enum GoalStatus
{
    /// <summary>Being worked on (possibly overdue).</summary>
    Active = 1,

    /// <summary>The target was reached.</summary>
    Achieved = 2,

    /// <summary>Given up.</summary>
    Abandoned = 3,
}
