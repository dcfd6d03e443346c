using FitSaaS.Framework.Domain;

namespace FitSaaS.Billing;

/// <summary>The tenant's credit notes.</summary>
public interface ICreditNoteRepository : IRepository<CreditNote, Guid>
{
    /// <summary>The credit notes of an invoice, oldest first.</summary>
    Task<List<CreditNote>> GetListOfInvoiceAsync(Guid invoiceId, CancellationToken cancellationToken = default);
}
