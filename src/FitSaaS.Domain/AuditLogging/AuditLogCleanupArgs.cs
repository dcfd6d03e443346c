using FitSaaS.Framework.BackgroundJobs;

namespace FitSaaS.AuditLogging;

/// <summary>Arguments of the audit-log retention cleanup (none: the retention period is a setting).</summary>
[BackgroundJobName("AuditLogging.Cleanup")]
public sealed record AuditLogCleanupArgs;
