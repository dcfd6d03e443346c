using FitSaaS.Framework.Domain;

namespace FitSaaS.AuditLogging;

/// <summary>
/// Audit entries. A tenant sees its own entries (tenant filter); the host sees every tenant's entries:
/// the list, count and detail queries drop the tenant filter when the current tenant is the host.
/// </summary>
public interface IAuditLogRepository : IRepository<AuditLog, Guid>
{
    /// <summary>Counts the visible entries matching <paramref name="query"/>.</summary>
    Task<long> GetCountAsync(AuditLogQuery query, CancellationToken cancellationToken = default);

    /// <summary>One page of the visible entries matching <paramref name="query"/>, without children, untracked.</summary>
    Task<List<AuditLog>> GetListAsync(
        AuditLogQuery query,
        AuditLogSortField sortField,
        bool descending,
        int skipCount,
        int maxResultCount,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds many complete entries (with their actions and entity changes) at once. On PostgreSQL they are written
    /// immediately, in the unit of work's transaction, with one statement per table and without change tracking; on other
    /// databases they are saved with the unit of work.
    /// </summary>
    Task InsertManyAsync(IEnumerable<AuditLog> auditLogs, CancellationToken cancellationToken = default);

    /// <summary>Deletes up to <paramref name="batchSize"/> entries (of every tenant) older than <paramref name="cutoffUtc"/>, with their children; returns how many.</summary>
    Task<int> DeleteOlderThanAsync(DateTime cutoffUtc, int batchSize, CancellationToken cancellationToken = default);
}
