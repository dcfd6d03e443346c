namespace FitSaaS.Billing;

/// <summary>A single-use link to Stripe's hosted onboarding.</summary>
public sealed class StripeOnboardingLinkDto
{
    /// <summary>Open it in the owner's browser.</summary>
    public required string Url { get; init; }

    /// <summary>When it stops working (UTC).</summary>
    public DateTime ExpiresAtUtc { get; init; }
}
