using FitSaaS.Billing.Stripe;
using Stripe;

namespace FitSaaS.Billing.Platform;

/// <summary>
/// Platform billing's webhooks (events of the platform's own account only: <see cref="StripeEventContext.Connection"/> is
/// null): <c>invoice.paid</c>, <c>invoice.payment_failed</c> and <c>customer.subscription.created|updated|deleted</c>. Each
/// re-reads the subscription from Stripe and makes the gym's edition true to it (<see cref="PlatformBillingManager.SyncAsync"/>);
/// a failed invoice also records the failure, which starts the grace period once Stripe reports the subscription past due.
/// </summary>
public sealed class PlatformSubscriptionEventHandler(PlatformBillingManager manager)
    : IStripeEventHandler, FitSaaS.Framework.DependencyInjection.ITransientDependency
{
    private static readonly HashSet<string> s_types = new(StringComparer.Ordinal)
    {
        "invoice.paid",
        "invoice.payment_failed",
        "customer.subscription.created",
        "customer.subscription.updated",
        "customer.subscription.deleted",
    };

    /// <inheritdoc/>
    public bool CanHandle(string eventType) => s_types.Contains(eventType);

    /// <inheritdoc/>
    public async Task HandleAsync(StripeEventContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Connection is not null)
        {
            return;
        }

        switch (context.Event.Data.Object)
        {
            case Subscription subscription:
                await manager.SyncAsync(subscription.Id, null, null, cancellationToken);
                break;
            case global::Stripe.Invoice { Parent.SubscriptionDetails.SubscriptionId: { } subscriptionId } invoice:
                var failed = context.Event.Type == "invoice.payment_failed";
                await manager.SyncAsync(
                    subscriptionId,
                    failed ? DateTime.SpecifyKind(context.Event.Created, DateTimeKind.Utc) : null,
                    failed ? $"Invoice {invoice.Id}: payment attempt {invoice.AttemptCount} failed." : null,
                    cancellationToken);
                break;
        }
    }
}
