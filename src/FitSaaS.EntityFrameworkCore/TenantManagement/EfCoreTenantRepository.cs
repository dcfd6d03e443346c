using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.TenantManagement;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.TenantManagement;

/// <inheritdoc cref="ITenantRepository"/>
public sealed class EfCoreTenantRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider) : EfCoreRepository<FitSaaSDbContext, Tenant>(dbContextProvider), ITenantRepository
{
    /// <inheritdoc/>
    public async Task<Tenant?> FindByNameAsync(string normalizedName, CancellationToken cancellationToken = default) =>
        await (await WithDetailsAsync(cancellationToken)).FirstOrDefaultAsync(t => t.NormalizedName == normalizedName, cancellationToken);

    /// <inheritdoc/>
    public async Task<TenantConfiguration?> FindConfigurationAsync(Guid? id, string? normalizedName, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(t => id != null ? t.Id == id : t.NormalizedName == normalizedName)
            .Select(t => new TenantConfiguration(t.Id, t.Name, t.IsActive) { ConnectionString = t.ProtectedConnectionString })
            .FirstOrDefaultAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<Guid?> FindTenantIdByDomainAsync(string normalizedHostName, CancellationToken cancellationToken = default) =>
        await (await GetDbContextAsync(cancellationToken)).Set<TenantDomain>().AsNoTracking()
            .Where(d => d.HostName == normalizedHostName)
            .Select(d => (Guid?)d.TenantId)
            .FirstOrDefaultAsync(cancellationToken);

    /// <inheritdoc/>
    protected override async ValueTask<IQueryable<Tenant>> WithDetailsAsync(CancellationToken cancellationToken = default) => (await GetDbSetAsync(cancellationToken)).Include(t => t.Domains);

    /// <inheritdoc/>
    public async Task<(List<Tenant> Items, long TotalCount)> GetPagedListAsync(
        string? filter, bool? isActive, string? sortField, bool descending, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var query = (await WithDetailsAsync(cancellationToken)).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter))
        {
            var normalized = filter.Trim().ToUpperInvariant();
            query = query.Where(t => t.NormalizedName.Contains(normalized));
        }

        if (isActive is not null)
        {
            query = query.Where(t => t.IsActive == isActive);
        }

        var total = await query.LongCountAsync(cancellationToken);
        query = (sortField, descending) switch
        {
            ("creationTime", false) => query.OrderBy(t => t.CreationTime).ThenBy(t => t.Id),
            ("creationTime", true) => query.OrderByDescending(t => t.CreationTime).ThenBy(t => t.Id),
            (_, true) => query.OrderByDescending(t => t.Name),
            _ => query.OrderBy(t => t.Name),
        };
        var items = await query.Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (items, total);
    }
}
