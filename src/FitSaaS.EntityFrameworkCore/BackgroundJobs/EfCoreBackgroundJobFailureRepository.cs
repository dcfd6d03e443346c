using FitSaaS.BackgroundJobs;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.BackgroundJobs;

/// <inheritdoc cref="IBackgroundJobFailureRepository"/>
public sealed class EfCoreBackgroundJobFailureRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, BackgroundJobFailure>(dbContextProvider), IBackgroundJobFailureRepository
{
    /// <inheritdoc/>
    public async Task<(List<BackgroundJobFailure> Items, long TotalCount)> GetPagedListAsync(int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var total = await (await GetDbSetAsync(cancellationToken)).LongCountAsync(cancellationToken);
        var items = await (await GetDbSetAsync(cancellationToken)).AsNoTracking().OrderByDescending(e => e.FailedAtUtc).ThenBy(e => e.Id).Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (items, total);
    }
}
