namespace FitSaaS.Billing;

/// <summary>A saved card, as Stripe describes it (no number).</summary>
public sealed class SavedCardDto
{
    /// <summary>Stripe's payment method id (<c>pm_…</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The brand (<c>visa</c>, <c>mastercard</c>…).</summary>
    public string? Brand { get; init; }

    /// <summary>The last four digits.</summary>
    public string? Last4 { get; init; }

    /// <summary>Expiry month, 1–12.</summary>
    public long ExpMonth { get; init; }

    /// <summary>Expiry year (four digits).</summary>
    public long ExpYear { get; init; }

    /// <summary>The card renewals charge.</summary>
    public bool IsDefault { get; init; }
}
