using FitSaaS.Framework.Domain;

namespace FitSaaS.Billing.Stripe;

/// <summary>The tenant's payment disputes.</summary>
public interface IPaymentDisputeRepository : IRepository<PaymentDispute, Guid>
{
    /// <summary>The dispute of Stripe's id, or null.</summary>
    Task<PaymentDispute?> FindByDisputeIdAsync(string disputeId, CancellationToken cancellationToken = default);

    /// <summary>A page of disputes, newest first, optionally only open ones (not won or lost), and the total.</summary>
    Task<(List<PaymentDispute> Items, long TotalCount)> GetPagedListAsync(bool openOnly, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);
}
