namespace FitSaaS.Billing;

/// <summary>A member's attempt to save a card (a Stripe SetupIntent) and where it stands.</summary>
public sealed class CardSetupDto
{
    /// <summary>Stripe's SetupIntent id (<c>seti_…</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Where it stands (as last recorded from Stripe's answers and events).</summary>
    public CardSetupStatus Status { get; init; }

    /// <summary>
    /// For the member's app (Stripe.js) while the setup is not final (<see cref="CardSetupStatus.Pending"/>,
    /// <see cref="CardSetupStatus.RequiresAction"/>: 3-D Secure, <see cref="CardSetupStatus.Failed"/>: try another card), read
    /// from Stripe on a single setup's read; null otherwise and in lists. Never logged or stored.
    /// </summary>
    public string? ClientSecret { get; init; }

    /// <summary>When <see cref="CardSetupStatus.Failed"/>: Stripe's decline code, else its error code (e.g. <c>card_declined</c>, <c>setup_intent_authentication_failure</c>).</summary>
    public string? FailureCode { get; init; }

    /// <summary>When <see cref="CardSetupStatus.Failed"/>: Stripe's message for the member.</summary>
    public string? FailureMessage { get; init; }

    /// <summary>The saved card once <see cref="CardSetupStatus.Succeeded"/> (<c>pm_…</c>).</summary>
    public string? PaymentMethodId { get; init; }

    /// <summary>When the setup was recorded (UTC).</summary>
    public DateTime CreatedAtUtc { get; init; }

    /// <summary>When its state last changed (UTC).</summary>
    public DateTime UpdatedAtUtc { get; init; }
}
