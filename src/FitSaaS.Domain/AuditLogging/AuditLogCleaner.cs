using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Settings;
using Microsoft.Extensions.Options;

namespace FitSaaS.AuditLogging;

/// <summary>
/// Retention: deletes the entries (of every tenant) older than the global setting
/// <see cref="AuditLoggingSettingNames.RetentionDays"/> (default 90 days; 0 or less keeps everything).
/// </summary>
public sealed class AuditLogCleaner(
    IAuditLogRepository auditLogs,
    ISettingProvider settingProvider,
    ICurrentTenant currentTenant,
    IOptions<AuditLoggingOptions> options,
    TimeProvider timeProvider) : IDomainService
{
    /// <summary>Deletes the expired entries in batches; returns how many were deleted.</summary>
    public async Task<int> CleanupAsync(CancellationToken cancellationToken = default)
    {
        int retentionDays;
        using (currentTenant.Change(null))
        {
            retentionDays = await settingProvider.GetAsync(AuditLoggingSettingNames.RetentionDays, AuditLoggingSettingDefinitionProvider.DefaultRetentionDays);
        }

        if (retentionDays <= 0)
        {
            return 0;
        }

        var cutoff = timeProvider.GetUtcNow().UtcDateTime.AddDays(-retentionDays);
        var total = 0;
        int deleted;
        do
        {
            deleted = await auditLogs.DeleteOlderThanAsync(cutoff, Math.Max(1, options.Value.CleanupBatchSize), cancellationToken);
            total += deleted;
        }
        while (deleted > 0);

        return total;
    }
}
