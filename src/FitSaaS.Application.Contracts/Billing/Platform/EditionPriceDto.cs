namespace FitSaaS.Billing.Platform;

/// <summary>What an edition costs per interval, and its Stripe Product and Price on the platform account.</summary>
public sealed class EditionPriceDto
{
    /// <summary>The edition.</summary>
    public Guid EditionId { get; init; }

    /// <summary>The edition's name.</summary>
    public string? EditionName { get; init; }

    /// <summary>Monthly or yearly.</summary>
    public PlatformBillingInterval Interval { get; init; }

    /// <summary>The price in minor units of <see cref="Currency"/>.</summary>
    public long Amount { get; init; }

    /// <summary>ISO 4217 code, upper case.</summary>
    public string Currency { get; init; } = string.Empty;

    /// <summary>The edition's Stripe Product (<c>prod_…</c>).</summary>
    public string StripeProductId { get; init; } = string.Empty;

    /// <summary>The Stripe Price new subscriptions use (<c>price_…</c>).</summary>
    public string StripePriceId { get; init; } = string.Empty;
}
