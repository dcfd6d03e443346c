using FitSaaS.Billing.Stripe;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Billing;

/// <inheritdoc cref="IOnlinePaymentRepository"/>
public sealed class EfCoreOnlinePaymentRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, OnlinePayment>(dbContextProvider), IOnlinePaymentRepository
{
    /// <inheritdoc/>
    public async Task<OnlinePayment?> FindByKeyAsync(string idempotencyKey, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).FirstOrDefaultAsync(p => p.IdempotencyKey == idempotencyKey, cancellationToken);

    /// <inheritdoc/>
    public async Task<OnlinePayment?> FindByPaymentIntentAsync(string paymentIntentId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).FirstOrDefaultAsync(p => p.PaymentIntentId == paymentIntentId, cancellationToken);

    /// <inheritdoc/>
    public async Task<List<OnlinePayment>> GetListOfInvoiceAsync(Guid invoiceId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).Where(p => p.InvoiceId == invoiceId).OrderBy(p => p.Attempt).ToListAsync(cancellationToken);
}
