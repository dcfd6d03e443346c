namespace FitSaaS.Billing.Stripe;

/// <summary>Another transaction recorded the same Stripe event first: this one rolls back (<see cref="StripeWebhookProcessor"/>).</summary>
internal sealed class DuplicateStripeEventException : Exception
{
    public DuplicateStripeEventException()
        : base("The Stripe event was recorded by a concurrent delivery.")
    {
    }
}
