using FitSaaS.Billing;
using FitSaaS.Billing.Stripe;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Billing;

/// <inheritdoc cref="ICardCollectionRepository"/>
public sealed class EfCoreCardCollectionRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, CardCollection>(dbContextProvider), ICardCollectionRepository
{
    /// <inheritdoc/>
    public async Task<CardCollection?> FindByInvoiceAsync(Guid invoiceId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).FirstOrDefaultAsync(c => c.InvoiceId == invoiceId, cancellationToken);

    /// <inheritdoc/>
    public async Task<List<CardCollection>> GetAwaitingCardUpdateAsync(Guid memberId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken))
            .Where(c => c.MemberId == memberId && c.Status == CardCollectionStatus.CardUpdateRequired)
            .OrderBy(c => c.Id).ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<List<(Guid InvoiceId, Guid MemberId)>> GetInvoicesToEnrolAsync(string accountId, int max, CancellationToken cancellationToken = default)
    {
        var db = await GetDbContextAsync(cancellationToken);
        var rows = await (
            from invoice in db.Set<Invoice>()
            where invoice.Status == InvoiceStatus.Open && invoice.MembershipId != null && invoice.Total - invoice.AmountPaid > 0
            join customer in db.Set<StripeCustomer>() on invoice.MemberId equals customer.MemberId
            where customer.AccountId == accountId && customer.DefaultPaymentMethodId != null
            where !db.Set<CardCollection>().Any(c => c.InvoiceId == invoice.Id)
            orderby invoice.Id
            select new { invoice.Id, invoice.MemberId })
            .Take(max).AsNoTracking().ToListAsync(cancellationToken);
        return rows.Select(r => (r.Id, r.MemberId)).ToList();
    }

    /// <inheritdoc/>
    public async Task<List<Guid>> GetScheduledIdsAsync(DateTime until, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(c => c.Status == CardCollectionStatus.Scheduled && c.NextAttemptAtUtc <= until)
            .OrderBy(c => c.NextAttemptAtUtc).Select(c => c.Id)
            .ToListAsync(cancellationToken);
}
