using FitSaaS.Framework.Domain;

namespace FitSaaS.Billing.Stripe;

/// <summary>The Stripe events applied.</summary>
public interface IStripeWebhookEventRepository : IRepository<StripeWebhookEvent, Guid>
{
    /// <summary>Whether event <paramref name="eventId"/> was applied.</summary>
    Task<bool> ExistsAsync(string eventId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Inserts and saves the record in the current transaction; false when another transaction recorded the same event
    /// first (a unique violation: the caller's transaction is then unusable and must be rolled back).
    /// </summary>
    Task<bool> TryInsertAsync(StripeWebhookEvent stripeEvent, CancellationToken cancellationToken = default);
}
