using System.Diagnostics;
using FitSaaS.EntityFrameworkCore.TenantManagement;
using FitSaaS.Framework.Data;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore.RowLevelSecurity;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.TenantManagement;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FitSaaS.EntityFrameworkCore;

/// <summary>
/// Applies pending migrations to the host database, seeds the host (admin, OAuth client, exercise library),
/// optionally creates the demo tenant <c>demo-gym</c>, then handles every tenant: tenants in the shared database
/// are seeded one after the other; tenants with their own database are migrated and seeded in parallel
/// (<see cref="DbMigrationRunOptions.Parallelism"/>). Each tenant's outcome is recorded in
/// <see cref="TenantMigrationStatus"/>: a failing tenant does not stop the others, and a re-run retries failed and
/// pending tenants and skips those already done on the current migration. Used by the DbMigrator and by the host
/// at start-up in the embedded profile. On PostgreSQL it installs the row-level-security policies in every database
/// right after migrating it and warns when the connected role is not subject to them.
/// </summary>
public sealed partial class DbMigrationService(
    IServiceScopeFactory scopeFactory,
    ICurrentTenant currentTenant,
    ICrossTenantAccessor crossTenantAccessor,
    PostgreSqlRowLevelSecurityInstaller rowLevelSecurityInstaller,
    TimeProvider timeProvider,
    ILogger<DbMigrationService> logger) : IDisposable
{
    /// <summary>Name of the demo tenant.</summary>
    public const string DemoTenantName = "demo-gym";

    private readonly SemaphoreSlim _statusLock = new(1, 1);

    /// <summary>Migrates and seeds; throws only when the host database fails.</summary>
    /// <param name="includeDemoData">Also create and seed <c>demo-gym</c>.</param>
    /// <param name="cancellationToken">Cancels between steps.</param>
    public Task<IReadOnlyList<TenantMigrationResult>> MigrateAsync(bool includeDemoData, CancellationToken cancellationToken = default) =>
        MigrateAsync(new DbMigrationRunOptions { IncludeDemoData = includeDemoData }, cancellationToken);

    /// <summary>Migrates and seeds the host, then every tenant; returns each tenant's result (failures included).</summary>
    public async Task<IReadOnlyList<TenantMigrationResult>> MigrateAsync(DbMigrationRunOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        string? hostLatest;
        await using (var scope = scopeFactory.CreateAsyncScope())
        {
            var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(null, cancellationToken);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            LogMigrating(logger, pending.Count);
            using (currentTenant.Change(null))
            {
                await MigrateWithPoliciesAsync(db, cancellationToken);
            }

            await rowLevelSecurityInstaller.CheckRoleAsync(db, cancellationToken);
            hostLatest = db.Database.GetMigrations().LastOrDefault();
        }

        await SeedAsync(new DataSeedContext(null) { IncludeDemoData = options.IncludeDemoData }, cancellationToken);
        LogSeeded(logger, "host");

        List<TenantRow> tenants;
        await using (var scope = scopeFactory.CreateAsyncScope())
        {
            var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(null, cancellationToken);
            var statuses = await db.Set<TenantMigrationStatus>().AsNoTracking().ToDictionaryAsync(s => s.Id, cancellationToken);
            tenants = (await db.Set<Tenant>().AsNoTracking().OrderBy(t => t.Name)
                    .Select(t => new { t.Id, t.Name, t.ProtectedConnectionString }).ToListAsync(cancellationToken))
                .Select(t => new TenantRow(t.Id, t.Name, t.ProtectedConnectionString is not null, statuses.GetValueOrDefault(t.Id)))
                .ToList();
        }

        if (options.IncludeDemoData && !tenants.Any(t => t.Name == DemoTenantName))
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var unitOfWorkManager = scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>();
            await using var unitOfWork = await unitOfWorkManager.BeginAsync(cancellationToken: cancellationToken);
            var tenant = await scope.ServiceProvider.GetRequiredService<TenantManager>().CreateAsync(DemoTenantName, cancellationToken: cancellationToken);
            await scope.ServiceProvider.GetRequiredService<ITenantRepository>().InsertAsync(tenant, autoSave: true, cancellationToken);
            await unitOfWork.CompleteAsync(cancellationToken);
            tenants.Add(new TenantRow(tenant.Id, tenant.Name, false, null));
        }

        var results = new List<TenantMigrationResult>();
        foreach (var tenant in tenants.Where(t => !t.HasOwnDatabase))
        {
            results.Add(await RunTenantAsync(tenant, hostLatest, options, cancellationToken));
        }

        var parallel = new List<TenantMigrationResult>();
        await Parallel.ForEachAsync(
            tenants.Where(t => t.HasOwnDatabase),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken },
            async (tenant, token) =>
            {
                var result = await RunTenantAsync(tenant, hostLatest, options, token);
                lock (parallel)
                {
                    parallel.Add(result);
                }
            });
        results.AddRange(parallel.OrderBy(r => r.TenantName, StringComparer.Ordinal));

        // Create the Data Protection key ring now, outside any request transaction: its keys are stored in
        // the database from a separate scope, which SQLite would make wait behind an open write transaction.
        using var protectionScope = scopeFactory.CreateScope();
        protectionScope.ServiceProvider.GetService<IDataProtectionProvider>()?.CreateProtector("FitSaaS.KeyRingWarmUp").Protect([0]);
        return results;
    }

    private async Task<TenantMigrationResult> RunTenantAsync(TenantRow tenant, string? hostLatest, DbMigrationRunOptions options, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        if (!options.ReseedUpToDate && !(options.IncludeDemoData && tenant.Name == DemoTenantName) &&
            tenant.Status is { State: TenantMigrationState.Succeeded } done && done.LastAppliedMigration == hostLatest)
        {
            var skipped = new TenantMigrationResult(tenant.Id, tenant.Name, tenant.HasOwnDatabase, TenantMigrationState.Succeeded, true, hostLatest, null, TimeSpan.Zero);
            options.TenantFinished?.Invoke(skipped);
            return skipped;
        }

        options.TenantStarted?.Invoke(tenant.Name, tenant.HasOwnDatabase);
        TenantMigrationResult result;
        string? connectionString = null;
        try
        {
            string? latest = hostLatest;
            using (currentTenant.Change(tenant.Id, tenant.Name))
            {
                if (tenant.HasOwnDatabase)
                {
                    await using var scope = scopeFactory.CreateAsyncScope();
                    connectionString = await scope.ServiceProvider.GetRequiredService<IConnectionStringResolver>().ResolveAsync(tenant.Id, cancellationToken);
                    var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(tenant.Id, cancellationToken);
                    await MigrateWithPoliciesAsync(db, cancellationToken);
                    latest = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault();
                }

                await SeedAsync(new DataSeedContext(tenant.Id) { IncludeDemoData = options.IncludeDemoData && tenant.Name == DemoTenantName }, cancellationToken);
            }

            await SaveStatusAsync(tenant.Id, s => s.Succeeded(latest, timeProvider.GetUtcNow().UtcDateTime), cancellationToken);
            result = new TenantMigrationResult(tenant.Id, tenant.Name, tenant.HasOwnDatabase, TenantMigrationState.Succeeded, false, latest, null, stopwatch.Elapsed);
            LogSeeded(logger, tenant.Name);
        }
#pragma warning disable CA1031 // One tenant's failure is recorded and reported; the others go on.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            var error = TenantDatabaseManager.Describe(ex, connectionString);
            LogTenantFailed(logger, tenant.Name, error);
            await SaveStatusAsync(tenant.Id, s => s.Failed(error, timeProvider.GetUtcNow().UtcDateTime), cancellationToken);
            result = new TenantMigrationResult(tenant.Id, tenant.Name, tenant.HasOwnDatabase, TenantMigrationState.Failed, false, null, error, stopwatch.Elapsed);
        }

        options.TenantFinished?.Invoke(result);
        return result;
    }

    private async Task MigrateWithPoliciesAsync(FitSaaSDbContext db, CancellationToken cancellationToken)
    {
        using (crossTenantAccessor.Begin("Database migration"))
        {
            // Data changes in migrations concern every tenant's rows; the policies are (re-)installed right after.
            await db.Database.MigrateAsync(cancellationToken);
        }

        await rowLevelSecurityInstaller.ApplyAsync(db, cancellationToken);
    }

    private async Task SaveStatusAsync(Guid tenantId, Action<TenantMigrationStatus> update, CancellationToken cancellationToken)
    {
        // One writer at a time: SQLite allows no concurrent writers, and the rows are tiny.
        await _statusLock.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(null, cancellationToken);
            var status = await db.Set<TenantMigrationStatus>().FirstOrDefaultAsync(s => s.Id == tenantId, cancellationToken);
            if (status is null)
            {
                status = new TenantMigrationStatus(tenantId);
                db.Add(status);
            }

            update(status);
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            _statusLock.Release();
        }
    }

    private async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDataSeeder>().SeedAsync(context, cancellationToken);
    }

    /// <inheritdoc/>
    public void Dispose() => _statusLock.Dispose();

    private sealed record TenantRow(Guid Id, string Name, bool HasOwnDatabase, TenantMigrationStatus? Status);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Applying {Count} pending migration(s)")]
    private static partial void LogMigrating(ILogger logger, int count);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Seeded {Target}")]
    private static partial void LogSeeded(ILogger logger, string target);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Tenant {Tenant} failed: {Error}")]
    private static partial void LogTenantFailed(ILogger logger, string tenant, string error);
}
