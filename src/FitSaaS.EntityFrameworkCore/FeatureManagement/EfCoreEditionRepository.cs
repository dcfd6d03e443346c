using FitSaaS.FeatureManagement;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.TenantManagement;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.FeatureManagement;

/// <inheritdoc cref="IEditionRepository"/>
public sealed class EfCoreEditionRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, Edition>(dbContextProvider), IEditionRepository
{
    /// <inheritdoc/>
    protected override async ValueTask<IQueryable<Edition>> WithDetailsAsync(CancellationToken cancellationToken = default) => (await GetDbSetAsync(cancellationToken)).Include(e => e.Values);

    /// <inheritdoc/>
    public async Task<Edition?> FindByNameAsync(string normalizedName, CancellationToken cancellationToken = default) =>
        await (await WithDetailsAsync(cancellationToken)).FirstOrDefaultAsync(e => e.NormalizedName == normalizedName, cancellationToken);

    /// <inheritdoc/>
    public async Task<(Guid Id, string Name, Dictionary<string, string> Values)?> FindValuesAsync(
        Guid? id, string? normalizedName, CancellationToken cancellationToken = default)
    {
        var edition = await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(e => id != null ? e.Id == id : e.NormalizedName == normalizedName)
            .Select(e => new { e.Id, e.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (edition is null)
        {
            return null;
        }

        var values = await (await GetDbContextAsync(cancellationToken)).Set<EditionFeatureValue>().AsNoTracking()
            .Where(v => v.EditionId == edition.Id)
            .ToDictionaryAsync(v => v.Name, v => v.Value, StringComparer.Ordinal, cancellationToken);
        return (edition.Id, edition.Name, values);
    }

    /// <inheritdoc/>
    public async Task<(List<Edition> Items, long TotalCount)> GetPagedListAsync(
        string? filter, string? sortField, bool descending, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var query = (await GetDbSetAsync(cancellationToken)).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter))
        {
            var trimmed = filter.Trim();
            var normalized = trimmed.ToUpperInvariant();
            query = query.Where(e => e.NormalizedName.Contains(normalized) || e.DisplayName.Contains(trimmed));
        }

        var total = await query.LongCountAsync(cancellationToken);
        query = (sortField, descending) switch
        {
            ("displayName", false) => query.OrderBy(e => e.DisplayName).ThenBy(e => e.Id),
            ("displayName", true) => query.OrderByDescending(e => e.DisplayName).ThenBy(e => e.Id),
            ("creationTime", false) => query.OrderBy(e => e.CreationTime).ThenBy(e => e.Id),
            ("creationTime", true) => query.OrderByDescending(e => e.CreationTime).ThenBy(e => e.Id),
            (_, true) => query.OrderByDescending(e => e.NormalizedName),
            _ => query.OrderBy(e => e.NormalizedName),
        };
        return (await query.Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken), total);
    }

    /// <inheritdoc/>
    public async Task<int> CountTenantsAsync(Guid editionId, CancellationToken cancellationToken = default) =>
        await (await GetDbContextAsync(cancellationToken)).Set<Tenant>().CountAsync(t => t.EditionId == editionId, cancellationToken);

    /// <inheritdoc/>
    public async Task<Dictionary<Guid, string>> GetNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
}
