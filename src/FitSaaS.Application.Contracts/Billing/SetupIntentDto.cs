namespace FitSaaS.Billing;

/// <summary>A Stripe SetupIntent saving a card for off-session use.</summary>
public sealed class SetupIntentDto
{
    /// <summary>Stripe's id (<c>seti_…</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Stripe's status: <c>requires_payment_method</c>, <c>requires_action</c>, <c>succeeded</c>…</summary>
    public required string Status { get; init; }

    /// <summary>For the member's app (Stripe.js) while the intent needs the member; null once succeeded. Never logged or stored.</summary>
    public string? ClientSecret { get; init; }

    /// <summary>Why the last card was refused (Stripe's decline or error code), if it was.</summary>
    public string? FailureCode { get; init; }

    /// <summary>Stripe's message for the member about the last refused card, if it was.</summary>
    public string? FailureMessage { get; init; }

    /// <summary>The saved card once succeeded (<c>pm_…</c>).</summary>
    public string? PaymentMethodId { get; init; }
}
