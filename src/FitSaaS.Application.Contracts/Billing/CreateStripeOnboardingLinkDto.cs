using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Billing;

/// <summary>Where Stripe's hosted onboarding sends the gym's owner back.</summary>
public sealed class CreateStripeOnboardingLinkDto
{
    /// <summary>Absolute URL Stripe redirects to when onboarding is left or done (then read the connection's state).</summary>
    [Required]
    [Url]
    public required string ReturnUrl { get; init; }

    /// <summary>Absolute URL Stripe redirects to when the link expired or was used: ask for a new link there.</summary>
    [Required]
    [Url]
    public required string RefreshUrl { get; init; }
}
