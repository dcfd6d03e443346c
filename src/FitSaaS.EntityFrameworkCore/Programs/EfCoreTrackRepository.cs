using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Programs;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Programs;

/// <summary>EF Core <see cref="ITrackRepository"/> (tenant and soft-delete filters apply).</summary>
public sealed class EfCoreTrackRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, Track>(dbContextProvider), ITrackRepository
{
    /// <inheritdoc/>
    public async Task<(List<Track> Items, long TotalCount)> GetPagedListAsync(Guid? locationId, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var query = (await GetDbSetAsync(cancellationToken)).AsNoTracking();
        if (locationId is { } location)
        {
            query = query.Where(t => t.LocationId == location);
        }

        var total = await query.LongCountAsync(cancellationToken);
        var items = total == 0 ? [] : await query.OrderBy(t => t.Name).ThenBy(t => t.Id).Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <inheritdoc/>
    public async Task<List<Track>> GetOfLocationAsync(Guid locationId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking().Where(t => t.LocationId == locationId).OrderBy(t => t.Name).ThenBy(t => t.Id).ToListAsync(cancellationToken);
}
