using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Framework.BackgroundJobs;

/// <summary>Options of the background jobs (section <c>BackgroundJobs</c>).</summary>
public sealed class BackgroundJobOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "BackgroundJobs";

    /// <summary>When false this instance runs no job server (jobs can still be queued, and run on other instances). Default true.</summary>
    public bool IsJobExecutionEnabled { get; set; } = true;

    /// <summary>Attempts of a job before it is given up as failed (1 = no retry). Default 5.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Delay before the first retry; doubles on every further retry. Default 10 s.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Jobs one instance runs at the same time (job server workers). Default 8.</summary>
    [Range(1, 1000)]
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>
    /// How often an idle instance looks for queued jobs, and for due delayed, retried and recurring jobs. Jobs queued on the
    /// same instance start at once; on another instance within this interval. Default 1 s.
    /// </summary>
    public TimeSpan PollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Distributed profile (PostgreSQL): a running job keeps its claim alive every fifth of this time; when its instance
    /// dies (<c>kill -9</c>, power loss) the job becomes visible again after at most this time and runs again on any
    /// instance, within <see cref="InvisibilityTimeout"/> + <see cref="PollingInterval"/>. Default 1 min.
    /// Embedded profile (SQLite, one instance): jobs cut short by a crash run again when the instance restarts.
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Embedded profile: the SQLite file of the job store. Default: beside the application's SQLite database, with
    /// <c>.jobs</c> before its extension (<c>data/fitsaas.db</c> → <c>data/fitsaas.jobs.db</c>).
    /// </summary>
    public string? SqliteJobStorePath { get; set; }

    /// <summary>
    /// What a recurring job does with occurrences missed while no instance ran: <c>Strict</c> (default) runs each missed
    /// occurrence once, stamped with its scheduled time; <c>Relaxed</c> runs once for all of them; <c>Ignorable</c> skips them.
    /// </summary>
    public RecurringJobMisfireHandling MisfireHandling { get; set; } = RecurringJobMisfireHandling.Strict;

    /// <summary>Registered jobs by stable name.</summary>
    public Dictionary<string, BackgroundJobRegistration> Jobs { get; } = new(StringComparer.Ordinal);

    /// <summary>Recurring jobs by schedule name.</summary>
    public Dictionary<string, RecurringJobRegistration> RecurringJobs { get; } = new(StringComparer.Ordinal);

    /// <summary>The registration of <paramref name="argsType"/>.</summary>
    /// <exception cref="InvalidOperationException">The type is not registered.</exception>
    public BackgroundJobRegistration GetByArgsType(Type argsType) =>
        Jobs.Values.FirstOrDefault(job => job.ArgsType == argsType)
        ?? throw new InvalidOperationException($"No background job is registered for {argsType}.");
}
