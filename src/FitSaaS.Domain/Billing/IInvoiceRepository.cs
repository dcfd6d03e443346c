using FitSaaS.Framework.Domain;

namespace FitSaaS.Billing;

/// <summary>The tenant's invoices (with their lines).</summary>
public interface IInvoiceRepository : IRepository<Invoice, Guid>
{
    /// <summary>The invoice made by <paramref name="sourceKey"/>, or null.</summary>
    Task<Invoice?> FindBySourceKeyAsync(string sourceKey, CancellationToken cancellationToken = default);

    /// <summary>A page of invoices, newest first.</summary>
    Task<(List<Invoice> Items, long TotalCount)> GetPagedListAsync(
        Guid? memberId, Guid? membershipId, InvoiceStatus? status, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);

    /// <summary>The earliest due date of the membership's open invoices unpaid at <paramref name="now"/>, or null when none is overdue.</summary>
    Task<DateTime?> GetEarliestOverdueAsync(Guid membershipId, DateTime now, CancellationToken cancellationToken = default);

    /// <summary>The open and uncollectible invoices with something due (a member's, or everyone's), oldest due first.</summary>
    Task<List<Invoice>> GetUnpaidAsync(Guid? memberId, CancellationToken cancellationToken = default);
}
