namespace FitSaaS.Framework.BackgroundJobs;

/// <summary>What a recurring job does with the occurrences it missed while no job server ran.</summary>
public enum RecurringJobMisfireHandling
{
    /// <summary>Every missed occurrence runs once, stamped with its own scheduled time (nothing is skipped).</summary>
    Strict = 0,

    /// <summary>One run stands for all missed occurrences.</summary>
    Relaxed = 1,

    /// <summary>Missed occurrences are skipped; the next one runs as scheduled.</summary>
    Ignorable = 2,
}
