namespace FitSaaS.Billing.Stripe;

/// <summary>
/// Applies Stripe events of some types (registered in DI; <see cref="StripeWebhookProcessor"/> calls every handler whose
/// <see cref="CanHandle"/> is true). Called inside the transaction that records the event, in the gym's tenant for a
/// connected account's event (the host for a platform event). Events arrive out of order, twice, and before the API call
/// that caused them returned: a handler reads the object's current state (from Stripe or its own records) and makes the
/// state true rather than replaying a transition; doing nothing when it already is.
/// </summary>
public interface IStripeEventHandler
{
    /// <summary>Whether this handler applies events of <paramref name="eventType"/> (<c>payment_intent.succeeded</c>).</summary>
    bool CanHandle(string eventType);

    /// <summary>Applies the event.</summary>
    Task HandleAsync(StripeEventContext context, CancellationToken cancellationToken = default);
}
