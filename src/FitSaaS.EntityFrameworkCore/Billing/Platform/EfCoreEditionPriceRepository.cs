using FitSaaS.Billing.Platform;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Billing.Platform;

/// <inheritdoc cref="IEditionPriceRepository"/>
public sealed class EfCoreEditionPriceRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, EditionPrice>(dbContextProvider), IEditionPriceRepository
{
    /// <inheritdoc/>
    public async Task<EditionPrice?> FindAsync(Guid editionId, PlatformBillingInterval interval, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).FirstOrDefaultAsync(p => p.EditionId == editionId && p.Interval == interval, cancellationToken);

    /// <inheritdoc/>
    public async Task<EditionPrice?> FindAnyOfEditionAsync(Guid editionId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking().FirstOrDefaultAsync(p => p.EditionId == editionId, cancellationToken);

    /// <inheritdoc/>
    public async Task<List<EditionPrice>> GetListAsync(CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking().OrderBy(p => p.EditionId).ThenBy(p => p.Interval).ToListAsync(cancellationToken);
}
