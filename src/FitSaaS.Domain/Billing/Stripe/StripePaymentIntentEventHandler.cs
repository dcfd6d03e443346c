using Stripe;

namespace FitSaaS.Billing.Stripe;

/// <summary>
/// <c>payment_intent.succeeded | payment_failed | requires_action | processing | canceled</c> of a gym's account: reads the
/// PaymentIntent's current state from Stripe (events come out of order, and before the API call that caused them returned)
/// and applies it to its attempt (<see cref="OnlinePaymentManager.ApplyAsync"/>): a success records the invoice's payment once.
/// </summary>
public sealed class StripePaymentIntentEventHandler(OnlinePaymentManager onlinePayments, StripeClientProvider stripe)
    : IStripeEventHandler, FitSaaS.Framework.DependencyInjection.ITransientDependency
{
    /// <inheritdoc/>
    public bool CanHandle(string eventType) => eventType is
        "payment_intent.succeeded" or "payment_intent.payment_failed" or "payment_intent.requires_action" or "payment_intent.processing" or "payment_intent.canceled";

    /// <inheritdoc/>
    public async Task HandleAsync(StripeEventContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Connection is not { } connection || context.Event.Data.Object is not PaymentIntent reported)
        {
            return;
        }

        var current = await StripeCall.RunAsync(
            () => new PaymentIntentService(stripe.Client).GetAsync(reported.Id, requestOptions: StripeCustomerManager.OnAccount(connection.AccountId), cancellationToken: cancellationToken),
            cancellationToken);
        await onlinePayments.ApplyAsync(current, cancellationToken);
    }
}
