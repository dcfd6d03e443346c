using FitSaaS.EventBus;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.EventBus;

/// <inheritdoc cref="IDistributedEventDeadLetterRepository"/>
public sealed class EfCoreDistributedEventDeadLetterRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, DistributedEventDeadLetter>(dbContextProvider), IDistributedEventDeadLetterRepository
{
    /// <inheritdoc/>
    public async Task<(List<DistributedEventDeadLetter> Items, long TotalCount)> GetPagedListAsync(int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var total = await (await GetDbSetAsync(cancellationToken)).LongCountAsync(cancellationToken);
        var items = await (await GetDbSetAsync(cancellationToken)).AsNoTracking().OrderByDescending(e => e.DeadLetteredAtUtc).ThenBy(e => e.Id).Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (items, total);
    }
}
