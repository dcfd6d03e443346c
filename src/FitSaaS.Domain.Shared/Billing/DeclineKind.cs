namespace FitSaaS.Billing;

/// <summary>
/// How a card decline is treated by dunning (DOMAIN.md §2.14; Stripe does not retry hard declines,
/// https://docs.stripe.com/billing/revenue-recovery/smart-retries).
/// </summary>
public enum DeclineKind
{
    /// <summary>Not declined.</summary>
    None = 0,

    /// <summary>May succeed later (insufficient funds, a generic or processing decline): retried on the dunning schedule.</summary>
    Soft = 1,

    /// <summary>Will not succeed with this card (lost, stolen, fraud, expired, authentication required…): retries stop; the member must give a new card.</summary>
    Hard = 2,
}
