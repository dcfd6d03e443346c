namespace FitSaaS.AuditLogging;

/// <summary>Sort orders of audit-log lists.</summary>
public enum AuditLogSortField
{
    /// <summary>By start time.</summary>
    ExecutionTime = 0,

    /// <summary>By duration.</summary>
    Duration = 1,

    /// <summary>By HTTP status.</summary>
    HttpStatusCode = 2,
}
