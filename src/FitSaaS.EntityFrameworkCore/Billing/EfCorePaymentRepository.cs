using FitSaaS.Billing;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Billing;

/// <inheritdoc cref="IPaymentRepository"/>
public sealed class EfCorePaymentRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, Payment>(dbContextProvider), IPaymentRepository
{
    /// <inheritdoc/>
    protected override async ValueTask<IQueryable<Payment>> WithDetailsAsync(CancellationToken cancellationToken = default) =>
        (await GetDbSetAsync(cancellationToken)).Include(p => p.Refunds);

    /// <inheritdoc/>
    public async Task<List<Payment>> GetListOfInvoiceAsync(Guid invoiceId, CancellationToken cancellationToken = default) =>
        await (await WithDetailsAsync(cancellationToken)).AsNoTracking().Where(p => p.InvoiceId == invoiceId).OrderBy(p => p.ReceivedAtUtc).ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<(List<Payment> Items, long TotalCount)> GetPagedListAsync(
        Guid? memberId, Guid? invoiceId, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var query = (await WithDetailsAsync(cancellationToken)).AsNoTracking();
        if (memberId is { } member)
        {
            query = query.Where(p => p.MemberId == member);
        }

        if (invoiceId is { } invoice)
        {
            query = query.Where(p => p.InvoiceId == invoice);
        }

        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderByDescending(p => p.ReceivedAtUtc).ThenBy(p => p.Id).Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <inheritdoc/>
    public async Task<Payment?> FindByProviderReferenceAsync(string providerReference, CancellationToken cancellationToken = default) =>
        await (await WithDetailsAsync(cancellationToken)).FirstOrDefaultAsync(p => p.ProviderReference == providerReference, cancellationToken);
}
