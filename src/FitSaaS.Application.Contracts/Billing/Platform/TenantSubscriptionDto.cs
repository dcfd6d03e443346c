namespace FitSaaS.Billing.Platform;

/// <summary>A gym's platform subscription as Stripe last reported it, and what it means for the gym's edition.</summary>
public sealed class TenantSubscriptionDto
{
    /// <summary>Whether the gym ever subscribed.</summary>
    public bool IsSubscribed { get; init; }

    /// <summary>The subscribed edition.</summary>
    public Guid? EditionId { get; init; }

    /// <summary>Monthly or yearly.</summary>
    public PlatformBillingInterval? Interval { get; init; }

    /// <summary>Stripe's status of the subscription.</summary>
    public TenantSubscriptionStatus? Status { get; init; }

    /// <summary>The end of the period Stripe bills (UTC): paid until then while active.</summary>
    public DateTime? PaidUntilUtc { get; init; }

    /// <summary>The subscription ends with the current period.</summary>
    public bool CancelAtPeriodEnd { get; init; }

    /// <summary>After a failed payment: when the edition ends unless the payment succeeds (UTC).</summary>
    public DateTime? GraceUntilUtc { get; init; }

    /// <summary>When a payment last failed (UTC).</summary>
    public DateTime? LastPaymentFailedAtUtc { get; init; }

    /// <summary>What failed.</summary>
    public string? LastPaymentFailure { get; init; }

    /// <summary>The Stripe Subscription (<c>sub_…</c>).</summary>
    public string? StripeSubscriptionId { get; init; }
}
