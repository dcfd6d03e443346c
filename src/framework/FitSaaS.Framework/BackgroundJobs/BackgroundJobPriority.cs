namespace FitSaaS.Framework.BackgroundJobs;

/// <summary>Relative priority of a job when several are due at the same time.</summary>
public enum BackgroundJobPriority
{
    /// <summary>Runs after every other due job.</summary>
    Low = 1,

    /// <summary>Below normal.</summary>
    BelowNormal = 3,

    /// <summary>The default.</summary>
    Normal = 5,

    /// <summary>Above normal.</summary>
    AboveNormal = 7,

    /// <summary>Runs before every other due job.</summary>
    High = 9,
}
