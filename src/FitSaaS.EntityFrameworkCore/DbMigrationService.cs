using FitSaaS.Framework.Data;
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
/// Applies pending migrations, seeds the host (admin, OAuth client, exercise library) and every
/// tenant (roles, grants), and optionally the demo tenant <c>demo-gym</c>. Idempotent. Used by the
/// DbMigrator and by the host at start-up in the embedded profile. On PostgreSQL it installs the row-level-security
/// policies right after migrating and warns when the connected role is not subject to them.
/// </summary>
public sealed partial class DbMigrationService(
    IServiceScopeFactory scopeFactory,
    ICurrentTenant currentTenant,
    ICrossTenantAccessor crossTenantAccessor,
    PostgreSqlRowLevelSecurityInstaller rowLevelSecurityInstaller,
    ILogger<DbMigrationService> logger)
{
    /// <summary>Name of the demo tenant.</summary>
    public const string DemoTenantName = "demo-gym";

    /// <summary>Migrates and seeds.</summary>
    /// <param name="includeDemoData">Also create and seed <c>demo-gym</c>.</param>
    /// <param name="cancellationToken">Cancels between steps.</param>
    public async Task MigrateAsync(bool includeDemoData, CancellationToken cancellationToken = default)
    {
        await using (var scope = scopeFactory.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FitSaaSDbContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            LogMigrating(logger, pending.Count);
            using (currentTenant.Change(null))
            using (crossTenantAccessor.Begin("Database migration"))
            {
                // Data changes in migrations concern every tenant's rows; the policies are (re-)installed right after.
                await db.Database.MigrateAsync(cancellationToken);
            }

            await rowLevelSecurityInstaller.ApplyAsync(db, cancellationToken);
            await rowLevelSecurityInstaller.CheckRoleAsync(db, cancellationToken);
        }

        await SeedAsync(new DataSeedContext(null), cancellationToken);
        LogSeeded(logger, "host");

        List<(Guid Id, string Name)> tenants;
        await using (var scope = scopeFactory.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FitSaaSDbContext>();
            tenants = (await db.Set<Tenant>().AsNoTracking().Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken))
                .Select(t => (t.Id, t.Name)).ToList();
        }

        if (includeDemoData && !tenants.Any(t => t.Name == DemoTenantName))
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var unitOfWorkManager = scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>();
            await using var unitOfWork = await unitOfWorkManager.BeginAsync(cancellationToken: cancellationToken);
            var tenant = await scope.ServiceProvider.GetRequiredService<TenantManager>().CreateAsync(DemoTenantName, cancellationToken);
            await scope.ServiceProvider.GetRequiredService<ITenantRepository>().InsertAsync(tenant, autoSave: true, cancellationToken);
            await unitOfWork.CompleteAsync(cancellationToken);
            tenants.Add((tenant.Id, tenant.Name));
        }

        foreach (var (id, name) in tenants)
        {
            using (currentTenant.Change(id, name))
            {
                await SeedAsync(new DataSeedContext(id) { IncludeDemoData = includeDemoData && name == DemoTenantName }, cancellationToken);
            }

            LogSeeded(logger, name);
        }

        // Create the Data Protection key ring now, outside any request transaction: its keys are stored in
        // the database from a separate scope, which SQLite would make wait behind an open write transaction.
        using var protectionScope = scopeFactory.CreateScope();
        protectionScope.ServiceProvider.GetService<IDataProtectionProvider>()?.CreateProtector("FitSaaS.KeyRingWarmUp").Protect([0]);
    }

    private async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDataSeeder>().SeedAsync(context, cancellationToken);
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Applying {Count} pending migration(s)")]
    private static partial void LogMigrating(ILogger logger, int count);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Seeded {Target}")]
    private static partial void LogSeeded(ILogger logger, string target);
}
