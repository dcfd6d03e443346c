namespace FitSaaS.AuditLogging;

/// <summary>Audit writer and cleanup schedule (configuration section <c>AuditLogging</c>; the retention period itself is the global setting <c>AuditLogging.RetentionDays</c>).</summary>
public sealed class AuditLoggingOptions
{
    /// <summary>Entries waiting to be written; when full, requests wait (back-pressure). Default 10000.</summary>
    public int ChannelCapacity { get; set; } = 10_000;

    /// <summary>Most entries written in one transaction. Default 100.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Default of <see cref="CleanupCron"/>: 03:30 UTC every day.</summary>
    public const string DefaultCleanupCron = "30 3 * * *";

    /// <summary>
    /// Cron expression (UTC) of the retention cleanup, a recurring background job: five fields <c>minute hour day-of-month
    /// month day-of-week</c>, or six with the seconds first (e.g. <c>*/10 * * * * *</c>, every ten seconds).
    /// Default <see cref="DefaultCleanupCron"/>. Read once at start-up.
    /// </summary>
    public string CleanupCron { get; set; } = DefaultCleanupCron;

    /// <summary>Entries deleted per statement by the cleanup. Default 1000.</summary>
    public int CleanupBatchSize { get; set; } = 1000;

    /// <summary>
    /// Seconds a tenant's value of the setting <c>AuditLogging.IsEnabledForGetRequests</c> is kept in memory by
    /// <see cref="SettingGetRequestAuditingPolicy"/> (how long a change may take to apply). Default 30; 0 reads it per request.
    /// </summary>
    public int GetRequestSettingCacheSeconds { get; set; } = 30;
}
