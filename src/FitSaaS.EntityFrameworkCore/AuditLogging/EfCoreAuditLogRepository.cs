using FitSaaS.AuditLogging;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.AuditLogging;

/// <summary>
/// EF Core <see cref="IAuditLogRepository"/>. A tenant's queries go through the global tenant filter; the
/// host's queries see every tenant's entries, inside an audited <see cref="ICrossTenantAccessor"/> scope (which
/// also lifts PostgreSQL's row-level security); so does the retention cleanup.
/// </summary>
public sealed class EfCoreAuditLogRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider, ICurrentTenant currentTenant, ICrossTenantAccessor crossTenantAccessor)
    : EfCoreRepository<FitSaaSDbContext, AuditLog>(dbContextProvider), IAuditLogRepository
{
    /// <inheritdoc/>
    protected override async ValueTask<IQueryable<AuditLog>> WithDetailsAsync(CancellationToken cancellationToken = default) =>
        Visible(await GetDbContextAsync(cancellationToken))
            .Include(e => e.Actions)
            .Include(e => e.EntityChanges).ThenInclude(c => c.PropertyChanges)
            .AsSplitQuery();

    /// <inheritdoc/>
    public override async Task<AuditLog?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        using (HostReadsAllTenants())
        {
            return await base.FindAsync(id, cancellationToken);
        }
    }

    /// <inheritdoc/>
    public async Task<long> GetCountAsync(AuditLogQuery query, CancellationToken cancellationToken = default)
    {
        using (HostReadsAllTenants())
        {
            return await Filter(await GetDbContextAsync(cancellationToken), query).LongCountAsync(cancellationToken);
        }
    }

    /// <inheritdoc/>
    public async Task<List<AuditLog>> GetListAsync(
        AuditLogQuery query,
        AuditLogSortField sortField,
        bool descending,
        int skipCount,
        int maxResultCount,
        CancellationToken cancellationToken = default)
    {
        var filtered = Filter(await GetDbContextAsync(cancellationToken), query).AsNoTracking();
        var ordered = sortField switch
        {
            AuditLogSortField.Duration => descending ? filtered.OrderByDescending(e => e.DurationMs) : filtered.OrderBy(e => e.DurationMs),
            AuditLogSortField.HttpStatusCode => descending ? filtered.OrderByDescending(e => e.HttpStatusCode) : filtered.OrderBy(e => e.HttpStatusCode),
            _ => descending ? filtered.OrderByDescending(e => e.ExecutionTimeUtc) : filtered.OrderBy(e => e.ExecutionTimeUtc),
        };
        using (HostReadsAllTenants())
        {
            return await ordered.ThenBy(e => e.Id).Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        }
    }

    /// <inheritdoc/>
    public async Task InsertManyAsync(IEnumerable<AuditLog> auditLogs, CancellationToken cancellationToken = default)
    {
        var dbContext = await GetDbContextAsync(cancellationToken);
        if (!PostgreSqlBulkInsert.IsSupported(dbContext))
        {
            await dbContext.Set<AuditLog>().AddRangeAsync(auditLogs, cancellationToken);
            return;
        }

        // Entries are append-only and complete when built: one statement per table instead of a tracked insert per row
        // (ADR 0039). Parents first, for the foreign keys.
        var logs = auditLogs.ToList();
        var changes = logs.SelectMany(l => l.EntityChanges).ToList();
        await PostgreSqlBulkInsert.InsertAsync(dbContext, logs, cancellationToken);
        await PostgreSqlBulkInsert.InsertAsync(dbContext, logs.SelectMany(l => l.Actions).ToList(), cancellationToken);
        await PostgreSqlBulkInsert.InsertAsync(dbContext, changes, cancellationToken);
        await PostgreSqlBulkInsert.InsertAsync(dbContext, changes.SelectMany(c => c.PropertyChanges).ToList(), cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<int> DeleteOlderThanAsync(DateTime cutoffUtc, int batchSize, CancellationToken cancellationToken = default)
    {
        using var scope = crossTenantAccessor.Begin("Audit log retention cleanup (every tenant's expired entries)");
        var dbContext = await GetDbContextAsync(cancellationToken);
        var ids = await dbContext.Set<AuditLog>().IgnoreQueryFilters()
            .Where(e => e.ExecutionTimeUtc < cutoffUtc)
            .OrderBy(e => e.ExecutionTimeUtc)
            .Select(e => e.Id)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        // Children first, so the delete does not depend on the database's cascade support.
        var changeIds = dbContext.Set<EntityChange>().IgnoreQueryFilters().Where(c => ids.Contains(c.AuditLogId)).Select(c => c.Id);
        await dbContext.Set<EntityPropertyChange>().IgnoreQueryFilters().Where(p => changeIds.Contains(p.EntityChangeId)).ExecuteDeleteAsync(cancellationToken);
        await dbContext.Set<EntityChange>().IgnoreQueryFilters().Where(c => ids.Contains(c.AuditLogId)).ExecuteDeleteAsync(cancellationToken);
        await dbContext.Set<AuditLogAction>().IgnoreQueryFilters().Where(a => ids.Contains(a.AuditLogId)).ExecuteDeleteAsync(cancellationToken);
        return await dbContext.Set<AuditLog>().IgnoreQueryFilters().Where(e => ids.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
    }

    private IDisposable? HostReadsAllTenants() =>
        currentTenant.IsAvailable ? null : crossTenantAccessor.Begin("Host reads the audit logs of every tenant");

    private IQueryable<AuditLog> Visible(FitSaaSDbContext dbContext) =>
        currentTenant.IsAvailable ? dbContext.Set<AuditLog>() : dbContext.Set<AuditLog>().IgnoreQueryFilters();

    private IQueryable<AuditLog> Filter(FitSaaSDbContext dbContext, AuditLogQuery query)
    {
        var result = Visible(dbContext);
        if (query.UserId is { } userId)
        {
            result = result.Where(e => e.UserId == userId);
        }

        if (!string.IsNullOrWhiteSpace(query.UserName))
        {
            var userName = query.UserName.Trim();
            result = result.Where(e => e.UserName == userName);
        }

        if (query.FromUtc is { } from)
        {
            result = result.Where(e => e.ExecutionTimeUtc >= from);
        }

        if (query.ToUtc is { } to)
        {
            result = result.Where(e => e.ExecutionTimeUtc < to);
        }

        if (!string.IsNullOrWhiteSpace(query.Url))
        {
            var url = query.Url.Trim();
            result = result.Where(e => e.Url != null && e.Url.Contains(url));
        }

        if (query.HttpStatusCode is { } status)
        {
            result = result.Where(e => e.HttpStatusCode == status);
        }

        if (query.HasException is { } hasException)
        {
            result = result.Where(e => e.HasException == hasException);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityTypeFullName) || !string.IsNullOrWhiteSpace(query.EntityId) || query.ChangeType is not null)
        {
            // IgnoreQueryFilters anywhere lifts the filters of the whole query (EF Core), so a tenant's sub-query keeps them.
            var changes = currentTenant.IsAvailable
                ? dbContext.Set<EntityChange>().AsQueryable()
                : dbContext.Set<EntityChange>().IgnoreQueryFilters();
            if (!string.IsNullOrWhiteSpace(query.EntityTypeFullName))
            {
                var type = query.EntityTypeFullName.Trim();
                changes = changes.Where(c => c.EntityTypeFullName == type);
            }

            if (!string.IsNullOrWhiteSpace(query.EntityId))
            {
                var id = query.EntityId.Trim();
                changes = changes.Where(c => c.EntityId == id);
            }

            if (query.ChangeType is { } changeType)
            {
                changes = changes.Where(c => c.ChangeType == changeType);
            }

            result = result.Where(e => changes.Any(c => c.AuditLogId == e.Id));
        }

        return result;
    }
}
