using FitSaaS.Bookings;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Bookings;

/// <inheritdoc cref="ILocationRepository"/>
public sealed class EfCoreLocationRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, Location>(dbContextProvider), ILocationRepository
{
    // A compiled query (EF Core, "Advanced performance topics"): the session list looks names up on every request, and
    // compiling skips building the expression tree, evaluating its closures and the query-cache look-up each time.
    private static readonly Func<FitSaaSDbContext, Guid[], IAsyncEnumerable<Location>> s_byIds =
        EF.CompileAsyncQuery((FitSaaSDbContext db, Guid[] ids) => db.Set<Location>().AsNoTracking().Where(l => ids.Contains(l.Id)));

    /// <inheritdoc/>
    public async Task<Location?> FindByNameAsync(string name, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).FirstOrDefaultAsync(l => l.Name == name, cancellationToken);

    /// <inheritdoc/>
    public async Task<long> CountAsync(CancellationToken cancellationToken = default) => await (await GetDbSetAsync(cancellationToken)).LongCountAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<List<Location>> GetListByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        await s_byIds(await GetDbContextAsync(cancellationToken), ids as Guid[] ?? [.. ids]).ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<(List<Location> Items, long TotalCount)> GetPagedListAsync(
        string? filter, string? sortField, bool descending, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var query = (await GetDbSetAsync(cancellationToken)).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter))
        {
            var lowered = filter.Trim().ToLowerInvariant();
            // Translated to SQL lower(...) on both providers; the culture-aware overloads do not translate.
#pragma warning disable CA1304, CA1311, CA1862
            query = query.Where(l => l.Name.ToLower().Contains(lowered));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var total = await query.LongCountAsync(cancellationToken);
        query = (sortField, descending) switch
        {
            ("creationTime", false) => query.OrderBy(l => l.CreationTime).ThenBy(l => l.Id),
            ("creationTime", true) => query.OrderByDescending(l => l.CreationTime).ThenBy(l => l.Id),
            (_, true) => query.OrderByDescending(l => l.Name).ThenBy(l => l.Id),
            _ => query.OrderBy(l => l.Name).ThenBy(l => l.Id),
        };
        var items = await query.Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (items, total);
    }
}
