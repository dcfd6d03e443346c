using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.TenantManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.EntityFrameworkCore.TenantManagement;

/// <summary>
/// Erases a soft-deleted tenant for good (DbMigrator <c>purge-tenant</c>): every row with its <c>TenantId</c> in every
/// table (entity types derived from the EF model: <see cref="IMultiTenant"/> types and host types with a
/// <c>TenantId</c> column such as custom domains and feature overrides; dependents before principals), in the host
/// database and in its own database when it has one (or drops that database on request), then its migration status
/// and its tenant row. Library rows copied into its own database stay there unless the database is dropped.
/// </summary>
public sealed class TenantPurgeService(
    IServiceScopeFactory scopeFactory, TenantConnectionStringProtector protector, ITenantDatabaseManager tenantDatabases, ICrossTenantAccessor crossTenantAccessor)
{
    private const string TenantIdProperty = nameof(IMultiTenant.TenantId);

    /// <summary>Counts what <see cref="PurgeAsync"/> would erase, without changing anything.</summary>
    /// <exception cref="BusinessException"><see cref="MultiTenancyErrorCodes.TenantNotFound"/>, <see cref="TenantManagementErrorCodes.TenantNotDeleted"/>.</exception>
    public Task<TenantPurgeReport> PlanAsync(string nameOrId, CancellationToken cancellationToken = default) =>
        RunAsync(nameOrId, execute: false, dropDatabase: false, cancellationToken);

    /// <summary>Erases the deleted tenant's rows (and drops its own database when <paramref name="dropDatabase"/>).</summary>
    /// <exception cref="BusinessException"><see cref="MultiTenancyErrorCodes.TenantNotFound"/>, <see cref="TenantManagementErrorCodes.TenantNotDeleted"/>.</exception>
    public Task<TenantPurgeReport> PurgeAsync(string nameOrId, bool dropDatabase, CancellationToken cancellationToken = default) =>
        RunAsync(nameOrId, execute: true, dropDatabase, cancellationToken);

    private async Task<TenantPurgeReport> RunAsync(string nameOrId, bool execute, bool dropDatabase, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrId);
        await using var scope = scopeFactory.CreateAsyncScope();
        var provider = scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>();
        var host = await provider.GetDbContextForTenantAsync(null, cancellationToken);
        var tenant = await FindDeletedTenantAsync(host, nameOrId.Trim(), cancellationToken);
        var connectionString = tenant.ProtectedConnectionString is { } protectedValue ? protector.Unprotect(protectedValue) : null;

        // Erasing another tenant's rows is cross-tenant host work: explicit, logged and past row-level security.
        using var crossTenant = crossTenantAccessor.Begin($"Purge of deleted tenant {tenant.Name} ({tenant.Id})");

        var counts = new List<TenantPurgeTableCount>();
        var dropped = false;
        if (connectionString is not null)
        {
            if (execute && dropDatabase)
            {
                await tenantDatabases.DropAsync(connectionString, cancellationToken);
                dropped = true;
            }
            else
            {
                // The store no longer finds a deleted tenant: point this scope at its database explicitly.
                ((MultiTenantConnectionStringResolver)scope.ServiceProvider.GetRequiredService<IConnectionStringResolver>()).UseForTenant(tenant.Id, connectionString);
                var tenantDb = await provider.GetDbContextForTenantAsync(tenant.Id, cancellationToken);
                if (await tenantDb.Database.CanConnectAsync(cancellationToken))
                {
                    counts.AddRange(await EraseAsync(tenantDb, "tenant", tenant.Id, TenantTables(tenantDb.Model, hostDatabase: false), execute, cancellationToken));
                }
            }
        }

        var hostTables = TenantTables(host.Model, hostDatabase: true);
        counts.AddRange(await EraseAsync(host, "host", tenant.Id, hostTables, execute, cancellationToken, eraseTenantRow: true));
        return new TenantPurgeReport(tenant.Id, tenant.Name, connectionString is not null, dropped, counts);
    }

    private static async Task<Tenant> FindDeletedTenantAsync(FitSaaSDbContext host, string nameOrId, CancellationToken cancellationToken)
    {
        var all = host.Set<Tenant>().IgnoreQueryFilters().AsNoTracking();
        List<Tenant> matches;
        if (Guid.TryParse(nameOrId, out var id))
        {
            matches = await all.Where(t => t.Id == id).ToListAsync(cancellationToken);
        }
        else
        {
            var normalized = nameOrId.ToUpperInvariant();
            matches = await all.Where(t => t.NormalizedName == normalized).ToListAsync(cancellationToken);
        }

        if (matches.Count == 0)
        {
            throw new BusinessException(MultiTenancyErrorCodes.TenantNotFound, $"There is no tenant '{nameOrId}'.");
        }

        var deleted = matches.Where(t => t.IsDeleted).ToList();
        if (deleted.Count == 0)
        {
            throw new BusinessException(TenantManagementErrorCodes.TenantNotDeleted,
                $"Tenant '{matches[0].Name}' is not deleted; delete it first (DELETE /api/tenant-management/tenants/{matches[0].Id}).");
        }

        if (deleted.Count > 1)
        {
            throw new BusinessException(TenantManagementErrorCodes.TenantNotDeleted,
                $"Several deleted tenants are named '{nameOrId}'; give the id: {string.Join(", ", deleted.Select(t => t.Id))}.");
        }

        return deleted[0];
    }

    /// <summary>Tables holding a tenant's rows, dependents before principals.</summary>
    private static List<IEntityType> TenantTables(IModel model, bool hostDatabase)
    {
        var types = model.GetEntityTypes()
            .Where(t => t.BaseType is null && !t.IsOwned() && t.GetTableName() is not null && t.FindProperty(TenantIdProperty) is not null)
            .Where(t => typeof(IMultiTenant).IsAssignableFrom(t.ClrType) || hostDatabase)
            .ToList();

        // Depth-first over referencing foreign keys: every dependent type is listed before its principal.
        var ordered = new List<IEntityType>();
        var visited = new HashSet<IEntityType>();
        void Visit(IEntityType type)
        {
            if (!visited.Add(type))
            {
                return;
            }

            foreach (var dependent in type.GetReferencingForeignKeys().Select(fk => fk.DeclaringEntityType.GetRootType()).Where(types.Contains))
            {
                Visit(dependent);
            }

            ordered.Add(type);
        }

        foreach (var type in types)
        {
            Visit(type);
        }

        return ordered;
    }

    private static async Task<List<TenantPurgeTableCount>> EraseAsync(
        DbContext db, string database, Guid tenantId, List<IEntityType> tables, bool execute, CancellationToken cancellationToken, bool eraseTenantRow = false)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var counts = new List<TenantPurgeTableCount>();
        await using var transaction = execute ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        async Task RunAsync(IEntityType type, string column)
        {
            var table = sql.DelimitIdentifier(type.GetTableName()!, type.GetSchema());
            // Identifiers come from the EF model and are delimited; the tenant id is a parameter.
            var where = " WHERE " + sql.DelimitIdentifier(column) + " = {0}";
            var delete = "DELETE FROM " + table + where;
            var count = "SELECT COUNT(*) AS " + sql.DelimitIdentifier("Value") + " FROM " + table + where;
            var rows = execute
                ? await db.Database.ExecuteSqlRawAsync(delete, [tenantId], cancellationToken)
                : await db.Database.SqlQueryRaw<long>(count, tenantId).SingleAsync(cancellationToken);
            counts.Add(new TenantPurgeTableCount(database, type.GetTableName()!, rows));
        }

        foreach (var type in tables)
        {
            await RunAsync(type, type.FindProperty(TenantIdProperty)!.GetColumnName());
        }

        if (eraseTenantRow)
        {
            await RunAsync(db.Model.FindEntityType(typeof(TenantMigrationStatus))!, "Id");
            await RunAsync(db.Model.FindEntityType(typeof(Tenant))!, "Id");
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return counts;
    }
}
