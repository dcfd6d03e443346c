using FitSaaS.Billing.Stripe;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Billing;

/// <inheritdoc cref="IStripeConnectionRepository"/>
public sealed class EfCoreStripeConnectionRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, StripeConnection>(dbContextProvider), IStripeConnectionRepository
{
    /// <inheritdoc/>
    public async Task<StripeConnection?> FindByTenantAsync(Guid tenantId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).FirstOrDefaultAsync(c => c.TenantId == tenantId, cancellationToken);

    /// <inheritdoc/>
    public async Task<StripeConnection?> FindByAccountAsync(string accountId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).FirstOrDefaultAsync(c => c.AccountId == accountId, cancellationToken);

    /// <inheritdoc/>
    public async Task<List<StripeConnection>> GetListAsync(CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking().OrderBy(c => c.TenantId).ToListAsync(cancellationToken);
}
