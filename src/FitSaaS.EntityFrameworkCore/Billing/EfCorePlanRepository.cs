using FitSaaS.Billing;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Billing;

/// <inheritdoc cref="IPlanRepository"/>
public sealed class EfCorePlanRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, Plan>(dbContextProvider), IPlanRepository
{
    /// <inheritdoc/>
    /// <remarks>One added or read in this unit of work is returned as tracked (a free plan's invoice is paid, and its
    /// membership activated, before the first save). The tracker is looked in by key, without a scan for changes (a
    /// batch job tracks hundreds of entities).</remarks>
    public override async Task<Plan?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await GetDbContextAsync(cancellationToken)).FindTracked<Plan, Guid>(id) ?? await base.FindAsync(id, cancellationToken);

    /// <inheritdoc/>
    public async Task<List<Plan>> GetAllAsync(CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking().ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<(List<Plan> Items, long TotalCount)> GetPagedListAsync(
        string? filter, PlanKind? kind, bool? isActive, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var query = (await GetDbSetAsync(cancellationToken)).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter))
        {
            var lowered = filter.Trim().ToLowerInvariant();
            // Translated to SQL lower(...) on both providers; the culture-aware overloads do not translate.
#pragma warning disable CA1304, CA1311, CA1862
            query = query.Where(p => p.Name.ToLower().Contains(lowered));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (kind is { } k)
        {
            query = query.Where(p => p.Kind == k);
        }

        if (isActive is { } active)
        {
            query = query.Where(p => p.IsActive == active);
        }

        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBy(p => p.Name).ThenBy(p => p.Id).Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (items, total);
    }
}
