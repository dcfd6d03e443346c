namespace FitSaaS.Programs;

/// <summary>Limits of goals.</summary>
public static class GoalConsts
{
    /// <summary>Maximum length of a goal's title.</summary>
    public const int MaxTitleLength = 128;

    /// <summary>Maximum rep max of an exercise goal (1RM … 20RM).</summary>
    public const int MaxRepMax = 20;

    /// <summary>The largest target score, in canonical units (seconds, kilograms, metres, counts; AMRAP rounds × 1000 + reps).</summary>
    public const decimal MaxTargetScore = 1_000_000_000m;

    /// <summary>How many goals (of any status) a member may have; listing computes every goal's progress.</summary>
    public const int MaxGoalsPerMember = 200;
}
