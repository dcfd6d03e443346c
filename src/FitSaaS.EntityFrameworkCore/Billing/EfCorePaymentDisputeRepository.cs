using FitSaaS.Billing.Stripe;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Billing;

/// <inheritdoc cref="IPaymentDisputeRepository"/>
public sealed class EfCorePaymentDisputeRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, PaymentDispute>(dbContextProvider), IPaymentDisputeRepository
{
    /// <inheritdoc/>
    public async Task<PaymentDispute?> FindByDisputeIdAsync(string disputeId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).FirstOrDefaultAsync(d => d.DisputeId == disputeId, cancellationToken);

    /// <inheritdoc/>
    public async Task<(List<PaymentDispute> Items, long TotalCount)> GetPagedListAsync(bool openOnly, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var query = (await GetDbSetAsync(cancellationToken)).AsNoTracking();
        if (openOnly)
        {
            query = query.Where(d => d.Status != "won" && d.Status != "lost");
        }

        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderByDescending(d => d.OpenedAtUtc).ThenBy(d => d.Id).Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (items, total);
    }
}
