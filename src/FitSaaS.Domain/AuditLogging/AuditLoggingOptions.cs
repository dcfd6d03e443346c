namespace FitSaaS.AuditLogging;

/// <summary>Audit writer and cleanup schedule (configuration section <c>AuditLogging</c>; the retention period itself is the global setting <c>AuditLogging.RetentionDays</c>).</summary>
public sealed class AuditLoggingOptions
{
    /// <summary>Entries waiting to be written; when full, requests wait (back-pressure). Default 10000.</summary>
    public int ChannelCapacity { get; set; } = 10_000;

    /// <summary>Most entries written in one transaction. Default 100.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Delay before the first retention cleanup after start (the database may still be migrating). Default one minute.</summary>
    public TimeSpan CleanupInitialDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Time between two retention cleanups. Default one day.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Entries deleted per statement by the cleanup. Default 1000.</summary>
    public int CleanupBatchSize { get; set; } = 1000;
}
