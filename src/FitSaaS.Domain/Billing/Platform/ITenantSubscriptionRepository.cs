using FitSaaS.Framework.Domain;

namespace FitSaaS.Billing.Platform;

/// <summary>The gyms' platform subscriptions (host data: query as the host).</summary>
public interface ITenantSubscriptionRepository : IRepository<TenantSubscription, Guid>
{
    /// <summary>The gym's subscription, or null.</summary>
    Task<TenantSubscription?> FindByTenantAsync(Guid tenantId, CancellationToken cancellationToken = default);

    /// <summary>The row whose current Stripe Subscription is <paramref name="stripeSubscriptionId"/>, or null.</summary>
    Task<TenantSubscription?> FindBySubscriptionIdAsync(string stripeSubscriptionId, CancellationToken cancellationToken = default);

    /// <summary>Inserts and saves <paramref name="subscription"/>; false when the gym has one already (a concurrent request won).</summary>
    Task<bool> TryInsertAsync(TenantSubscription subscription, CancellationToken cancellationToken = default);

    /// <summary>
    /// A page of every (not deleted) gym with its edition and its subscription, by tenant name, and the total count;
    /// <paramref name="status"/> keeps the gyms whose subscription has that status.
    /// </summary>
    Task<(List<TenantBillingStatusRow> Items, long TotalCount)> GetTenantStatusPageAsync(
        TenantSubscriptionStatus? status, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);
}
