using FitSaaS.Framework.Domain;

namespace FitSaaS.Billing;

/// <summary>The tenant's invoices (with their lines).</summary>
public interface IInvoiceRepository : IRepository<Invoice, Guid>
{
    /// <summary>The invoice made by <paramref name="sourceKey"/>, or null.</summary>
    Task<Invoice?> FindBySourceKeyAsync(string sourceKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads the invoices of these source keys ahead, in one query (a batch job's look-ups): for the rest of the current
    /// transaction <see cref="FindBySourceKeyAsync"/> answers any of them without a query. For keys no one else writes
    /// meanwhile (the caller holds their owners' locks); outside a transaction it does nothing.
    /// </summary>
    Task LoadBySourceKeysAsync(IReadOnlyCollection<string> sourceKeys, CancellationToken cancellationToken = default);

    /// <summary>A page of invoices, newest first.</summary>
    Task<(List<Invoice> Items, long TotalCount)> GetPagedListAsync(
        Guid? memberId, Guid? membershipId, InvoiceStatus? status, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);

    /// <summary>
    /// The earliest due date of each membership's open invoices unpaid at <paramref name="now"/>, by membership id (one
    /// query for a batch); a membership with nothing overdue is not in it.
    /// </summary>
    Task<Dictionary<Guid, DateTime>> GetEarliestOverdueAsync(IReadOnlyCollection<Guid> membershipIds, DateTime now, CancellationToken cancellationToken = default);

    /// <summary>The open and uncollectible invoices with something due (a member's, or everyone's), oldest due first.</summary>
    Task<List<Invoice>> GetUnpaidAsync(Guid? memberId, CancellationToken cancellationToken = default);
}
