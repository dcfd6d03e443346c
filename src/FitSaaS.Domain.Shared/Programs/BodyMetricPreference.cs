namespace FitSaaS.Programs;

/// <summary>Which way a body metric usually improves: a display hint, and the direction of a goal whose start equals its target or is unknown.</summary>
public enum BodyMetricPreference
{
    /// <summary>Neither (e.g. body weight: members lose or gain).</summary>
    None = 0,

    /// <summary>Lower is better (e.g. body fat, resting heart rate).</summary>
    LowerIsBetter = 1,

    /// <summary>Higher is better.</summary>
    HigherIsBetter = 2,
}
