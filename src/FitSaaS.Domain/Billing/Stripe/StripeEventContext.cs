using Stripe;

namespace FitSaaS.Billing.Stripe;

/// <summary>A verified Stripe event being applied.</summary>
/// <param name="Event">The event, parsed by Stripe.net (<c>Data.Object</c> is the object at the time of the event: re-read it when order matters).</param>
/// <param name="Connection">The gym's connection for a connected account's event (the tenant is current); null for a platform event.</param>
public sealed record StripeEventContext(Event Event, StripeConnection? Connection);
