namespace FitSaaS.Billing.Stripe;

/// <summary>What became of a verified Stripe event (answered with 200 in every case: Stripe must not redeliver it).</summary>
public enum StripeWebhookOutcome
{
    /// <summary>Recorded, and applied by its handlers.</summary>
    Applied = 0,

    /// <summary>Recorded; FitSaaS does not handle its type.</summary>
    Acknowledged = 1,

    /// <summary>Already recorded: a redelivery or a replay; nothing changed.</summary>
    Duplicate = 2,

    /// <summary>
    /// Not for this platform: an account connected to no gym, a gym without online payments, or the other mode
    /// (<c>livemode</c> differs from the secret key's). Nothing recorded or changed.
    /// </summary>
    Ignored = 3,
}
