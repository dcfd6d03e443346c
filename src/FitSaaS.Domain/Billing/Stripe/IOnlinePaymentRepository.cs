using FitSaaS.Framework.Domain;

namespace FitSaaS.Billing.Stripe;

/// <summary>The tenant's online payments.</summary>
public interface IOnlinePaymentRepository : IRepository<OnlinePayment, Guid>
{
    /// <summary>The attempt of an idempotency key, or null.</summary>
    Task<OnlinePayment?> FindByKeyAsync(string idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary>The attempt of a PaymentIntent (<c>pi_…</c>), or null.</summary>
    Task<OnlinePayment?> FindByPaymentIntentAsync(string paymentIntentId, CancellationToken cancellationToken = default);

    /// <summary>The attempts of an invoice, oldest first.</summary>
    Task<List<OnlinePayment>> GetListOfInvoiceAsync(Guid invoiceId, CancellationToken cancellationToken = default);
}
