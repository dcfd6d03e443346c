using FitSaaS.Framework.BackgroundJobs;
using Microsoft.Extensions.Logging;

namespace FitSaaS.AuditLogging;

/// <summary>
/// The audit-log retention cleanup as a recurring background job (schedule <c>AuditLogging:CleanupCron</c>, default
/// <see cref="AuditLoggingOptions.DefaultCleanupCron"/>); runs as the host, once per schedule across a cluster.
/// </summary>
public sealed partial class AuditLogCleanupJob(AuditLogCleaner cleaner, ILogger<AuditLogCleanupJob> logger) : IBackgroundJob<AuditLogCleanupArgs>
{
    /// <summary>The recurring schedule's name.</summary>
    public const string ScheduleName = "AuditLogging.Cleanup";

    /// <inheritdoc/>
    public async Task ExecuteAsync(AuditLogCleanupArgs args, CancellationToken cancellationToken)
    {
        var deleted = await cleaner.CleanupAsync(cancellationToken);
        LogCleaned(logger, deleted);
    }

    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "Audit retention deleted {Count} entries")]
    private static partial void LogCleaned(ILogger logger, int count);
}
