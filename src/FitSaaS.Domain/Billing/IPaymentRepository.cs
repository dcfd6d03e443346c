using FitSaaS.Framework.Domain;

namespace FitSaaS.Billing;

/// <summary>The tenant's payments (with their refunds).</summary>
public interface IPaymentRepository : IRepository<Payment, Guid>
{
    /// <summary>The payments of an invoice, oldest first.</summary>
    Task<List<Payment>> GetListOfInvoiceAsync(Guid invoiceId, CancellationToken cancellationToken = default);

    /// <summary>A page of payments, newest first.</summary>
    Task<(List<Payment> Items, long TotalCount)> GetPagedListAsync(Guid? memberId, Guid? invoiceId, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);

    /// <summary>The payment of a provider's reference (a Stripe PaymentIntent <c>pi_…</c>), with its refunds, or null.</summary>
    Task<Payment?> FindByProviderReferenceAsync(string providerReference, CancellationToken cancellationToken = default);
}
