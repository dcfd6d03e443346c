using FitSaaS.Billing.Platform;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.TenantManagement;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Billing.Platform;

/// <inheritdoc cref="ITenantSubscriptionRepository"/>
public sealed class EfCoreTenantSubscriptionRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, TenantSubscription>(dbContextProvider), ITenantSubscriptionRepository
{
    /// <inheritdoc/>
    public async Task<TenantSubscription?> FindByTenantAsync(Guid tenantId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).FirstOrDefaultAsync(s => s.TenantId == tenantId, cancellationToken);

    /// <inheritdoc/>
    public async Task<TenantSubscription?> FindBySubscriptionIdAsync(string stripeSubscriptionId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).FirstOrDefaultAsync(s => s.StripeSubscriptionId == stripeSubscriptionId, cancellationToken);

    /// <inheritdoc/>
    public async Task<bool> TryInsertAsync(TenantSubscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var dbContext = await GetDbContextAsync(cancellationToken);
        await dbContext.Set<TenantSubscription>().AddAsync(subscription, cancellationToken);
        try
        {
            await dbContext.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (StripeUniqueViolation.Is(ex, "PlatformTenantSubscriptions"))
        {
            dbContext.Entry(subscription).State = EntityState.Detached;
            return false;
        }
    }

    /// <inheritdoc/>
    public async Task<(List<TenantBillingStatusRow> Items, long TotalCount)> GetTenantStatusPageAsync(
        TenantSubscriptionStatus? status, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var dbContext = await GetDbContextAsync(cancellationToken);
        var query =
            from tenant in dbContext.Set<Tenant>().AsNoTracking()
            join subscription in dbContext.Set<TenantSubscription>().AsNoTracking() on tenant.Id equals subscription.TenantId into joined
            from subscription in joined.DefaultIfEmpty()
            select new { tenant.Id, tenant.Name, tenant.EditionId, tenant.EditionEndDateUtc, Subscription = subscription };
        if (status is { } wanted)
        {
            query = query.Where(r => r.Subscription != null && r.Subscription.Status == wanted);
        }

        var total = await query.LongCountAsync(cancellationToken);
        var page = await query.OrderBy(r => r.Name).Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return ([.. page.Select(r => new TenantBillingStatusRow(r.Id, r.Name, r.EditionId, r.EditionEndDateUtc, r.Subscription))], total);
    }
}
