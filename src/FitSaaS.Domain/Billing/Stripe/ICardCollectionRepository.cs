using FitSaaS.Framework.Domain;

namespace FitSaaS.Billing.Stripe;

/// <summary>The tenant's card collections.</summary>
public interface ICardCollectionRepository : IRepository<CardCollection, Guid>
{
    /// <summary>The collection of an invoice, or null.</summary>
    Task<CardCollection?> FindByInvoiceAsync(Guid invoiceId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Open invoices of memberships with something due whose member has a default saved card on <paramref name="accountId"/>
    /// and that have no collection yet (at most <paramref name="max"/>): (invoice, member).
    /// </summary>
    Task<List<(Guid InvoiceId, Guid MemberId)>> GetInvoicesToEnrolAsync(string accountId, int max, CancellationToken cancellationToken = default);

    /// <summary>The member's collections stopped by a hard decline (<see cref="CardCollectionStatus.CardUpdateRequired"/>).</summary>
    Task<List<CardCollection>> GetAwaitingCardUpdateAsync(Guid memberId, CancellationToken cancellationToken = default);

    /// <summary>Ids of scheduled collections due at <paramref name="until"/> (reminders look a day ahead).</summary>
    Task<List<Guid>> GetScheduledIdsAsync(DateTime until, CancellationToken cancellationToken = default);
}
