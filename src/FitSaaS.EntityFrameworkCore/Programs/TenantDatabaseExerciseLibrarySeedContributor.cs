using FitSaaS.Framework.Data;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Programs;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Programs;

/// <summary>
/// Copies the exercise library (host rows, <c>TenantId</c> null) into a tenant's own database when it is seeded,
/// so the library queries ("global plus own") work unchanged there. Adds the library rows the tenant database
/// lacks; rows already copied are left as they are (library edits reach tenant databases only as new rows).
/// </summary>
public sealed class TenantDatabaseExerciseLibrarySeedContributor(
    IDbContextProvider<FitSaaSDbContext> dbContexts, IConnectionStringResolver connectionStrings, ICurrentTenant currentTenant)
    : IDataSeedContributor, ITransientDependency
{
    /// <inheritdoc/>
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.TenantId is not { } tenantId || await connectionStrings.ResolveAsync(tenantId, cancellationToken) == connectionStrings.Default)
        {
            return;
        }

        var host = await dbContexts.GetDbContextForTenantAsync(null, cancellationToken);
        var tenant = await dbContexts.GetDbContextForTenantAsync(tenantId, cancellationToken);

        // Library rows are readable by every tenant (shared host rows), so no filter or policy has to be lifted to read them.
        var present = (await tenant.Set<Exercise>().IgnoreQueryFilters().Where(e => e.TenantId == null).Select(e => e.Id).ToListAsync(cancellationToken)).ToHashSet();
        var library = await host.Set<Exercise>().IgnoreQueryFilters().AsNoTracking().Where(e => e.TenantId == null).ToListAsync(cancellationToken);
        var missing = library.Where(e => !present.Contains(e.Id)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        // Saved as host rows: without a current tenant nothing stamps the tenant id on them.
        using (currentTenant.Change(null))
        {
            tenant.Set<Exercise>().AddRange(missing);
            await tenant.SaveChangesAsync(cancellationToken);
        }
    }
}
