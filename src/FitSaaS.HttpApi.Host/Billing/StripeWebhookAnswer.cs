namespace FitSaaS.Billing;

/// <summary>What the webhook endpoint answers Stripe (for the delivery log in Stripe's dashboard).</summary>
/// <param name="EventId">The event's id (<c>evt_…</c>).</param>
/// <param name="Type">The event's type.</param>
/// <param name="Outcome"><c>Applied</c>, <c>Acknowledged</c> (a type FitSaaS does not handle), <c>Duplicate</c> or <c>Ignored</c> (another account or mode).</param>
public sealed record StripeWebhookAnswer(string EventId, string Type, string Outcome);
