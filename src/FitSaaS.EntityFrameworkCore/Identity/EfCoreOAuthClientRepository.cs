using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Identity;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Identity;

/// <inheritdoc cref="IOAuthClientRepository"/>
public sealed class EfCoreOAuthClientRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider) : IOAuthClientRepository, FitSaaS.Framework.DependencyInjection.ITransientDependency
{
    private DbSet<OAuthApplication> Applications => dbContextProvider.GetDbContextForTenant(null).Set<OAuthApplication>();

    /// <inheritdoc/>
    public Task<OAuthApplication?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <inheritdoc/>
    public async Task<(List<OAuthApplication> Items, long TotalCount)> GetPagedListAsync(string? filter, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var query = Applications.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter))
        {
            query = query.Where(c => c.ClientId!.Contains(filter) || c.DisplayName!.Contains(filter));
        }

        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBy(c => c.ClientId).Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (items, total);
    }
}
