using FitSaaS.Billing;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Billing;

/// <inheritdoc cref="ICreditNoteRepository"/>
public sealed class EfCoreCreditNoteRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, CreditNote>(dbContextProvider), ICreditNoteRepository
{
    /// <inheritdoc/>
    public async Task<List<CreditNote>> GetListOfInvoiceAsync(Guid invoiceId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking().Where(c => c.InvoiceId == invoiceId).OrderBy(c => c.SequenceNumber).ToListAsync(cancellationToken);
}
