using FitSaaS.Framework.BackgroundJobs;

namespace FitSaaS.EntityFrameworkCore.BackgroundJobs;

/// <summary>
/// The Hangfire queues behind <see cref="BackgroundJobPriority"/>. Every job server listens to all three, in this order;
/// the PostgreSQL store takes due jobs by queue name and the SQLite store by the server's queue list, and both orders put
/// <see cref="Critical"/> first and <see cref="Low"/> last.
/// </summary>
public static class BackgroundJobQueues
{
    /// <summary><see cref="BackgroundJobPriority.High"/> and <see cref="BackgroundJobPriority.AboveNormal"/>.</summary>
    public const string Critical = "critical";

    /// <summary><see cref="BackgroundJobPriority.Normal"/>, and every recurring job.</summary>
    public const string Default = "default";

    /// <summary><see cref="BackgroundJobPriority.Low"/> and <see cref="BackgroundJobPriority.BelowNormal"/>.</summary>
    public const string Low = "low";

    /// <summary>The queues a job server listens to, most urgent first.</summary>
    public static IReadOnlyList<string> All { get; } = [Critical, Default, Low];

    /// <summary>The queue of <paramref name="priority"/>.</summary>
    public static string Of(BackgroundJobPriority priority) => priority switch
    {
        > BackgroundJobPriority.Normal => Critical,
        < BackgroundJobPriority.Normal => Low,
        _ => Default,
    };
}
