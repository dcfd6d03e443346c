using FitSaaS.Bookings;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Bookings;

/// <inheritdoc cref="IClassTypeRepository"/>
public sealed class EfCoreClassTypeRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, ClassType>(dbContextProvider), IClassTypeRepository
{
    // A compiled query (EF Core, "Advanced performance topics"): the session list looks names up on every request, and
    // compiling skips building the expression tree, evaluating its closures and the query-cache look-up each time.
    private static readonly Func<FitSaaSDbContext, Guid[], IAsyncEnumerable<ClassType>> s_byIds =
        EF.CompileAsyncQuery((FitSaaSDbContext db, Guid[] ids) => db.Set<ClassType>().AsNoTracking().Where(c => ids.Contains(c.Id)));

    /// <inheritdoc/>
    public async Task<ClassType?> FindByNameAsync(string name, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).FirstOrDefaultAsync(c => c.Name == name, cancellationToken);

    /// <inheritdoc/>
    public async Task<List<ClassType>> GetListByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        await s_byIds(await GetDbContextAsync(cancellationToken), ids as Guid[] ?? [.. ids]).ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<(List<ClassType> Items, long TotalCount)> GetPagedListAsync(
        string? filter, string? sortField, bool descending, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var query = (await GetDbSetAsync(cancellationToken)).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter))
        {
            var lowered = filter.Trim().ToLowerInvariant();
            // Translated to SQL lower(...) on both providers; the culture-aware overloads do not translate.
#pragma warning disable CA1304, CA1311, CA1862
            query = query.Where(c => c.Name.ToLower().Contains(lowered));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var total = await query.LongCountAsync(cancellationToken);
        query = (sortField, descending) switch
        {
            ("defaultCapacity", false) => query.OrderBy(c => c.DefaultCapacity).ThenBy(c => c.Id),
            ("defaultCapacity", true) => query.OrderByDescending(c => c.DefaultCapacity).ThenBy(c => c.Id),
            ("durationMinutes", false) => query.OrderBy(c => c.DurationMinutes).ThenBy(c => c.Id),
            ("durationMinutes", true) => query.OrderByDescending(c => c.DurationMinutes).ThenBy(c => c.Id),
            ("creationTime", false) => query.OrderBy(c => c.CreationTime).ThenBy(c => c.Id),
            ("creationTime", true) => query.OrderByDescending(c => c.CreationTime).ThenBy(c => c.Id),
            (_, true) => query.OrderByDescending(c => c.Name).ThenBy(c => c.Id),
            _ => query.OrderBy(c => c.Name).ThenBy(c => c.Id),
        };
        var items = await query.Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (items, total);
    }
}
