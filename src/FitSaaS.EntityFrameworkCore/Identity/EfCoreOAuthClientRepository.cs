using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Identity;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Identity;

/// <inheritdoc cref="IOAuthClientRepository"/>
public sealed class EfCoreOAuthClientRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider) : IOAuthClientRepository, FitSaaS.Framework.DependencyInjection.ITransientDependency
{
    private async ValueTask<DbSet<OAuthApplication>> GetApplicationsAsync(CancellationToken cancellationToken) =>
        (await dbContextProvider.GetDbContextForTenantAsync(null, cancellationToken)).Set<OAuthApplication>();

    /// <inheritdoc/>
    public async Task<OAuthApplication?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        await (await GetApplicationsAsync(cancellationToken)).AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <inheritdoc/>
    public async Task<(List<OAuthApplication> Items, long TotalCount)> GetPagedListAsync(string? filter, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var query = (await GetApplicationsAsync(cancellationToken)).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter))
        {
            query = query.Where(c => c.ClientId!.Contains(filter) || c.DisplayName!.Contains(filter));
        }

        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBy(c => c.ClientId).Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (items, total);
    }
}
