namespace FitSaaS.Billing.Platform;

/// <summary>A gym's platform billing status, as operators see it.</summary>
public sealed class TenantBillingStatusDto
{
    /// <summary>The gym.</summary>
    public Guid TenantId { get; init; }

    /// <summary>Its name.</summary>
    public string TenantName { get; init; } = string.Empty;

    /// <summary>The edition it is on.</summary>
    public Guid? EditionId { get; init; }

    /// <summary>That edition's name.</summary>
    public string? EditionName { get; init; }

    /// <summary>When that edition ends (UTC); then the fallback edition (Free) is in effect.</summary>
    public DateTime? EditionEndDateUtc { get; init; }

    /// <summary>Its platform subscription (null when it never subscribed).</summary>
    public TenantSubscriptionDto? Subscription { get; init; }

    /// <summary>Its Customer on the platform's Stripe account (<c>cus_…</c>).</summary>
    public string? StripeCustomerId { get; init; }
}
