namespace FitSaaS.Testing.Stripe;

/// <summary>
/// An event the fake recorded: its id (<c>evt_…</c>), type (<c>payment_intent.succeeded</c>), connected account (null:
/// the platform's own) and exact JSON, which is what <see cref="FakeStripe.DeliverAsync"/> posts and signs.
/// </summary>
public sealed record FakeStripeEvent(string Id, string Type, string? Account, string Json);
