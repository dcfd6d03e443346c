using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Billing.Platform;

/// <summary>Subscribes the gym to an edition.</summary>
public sealed class CreateTenantSubscriptionDto
{
    /// <summary>The edition.</summary>
    [Required]
    public Guid? EditionId { get; init; }

    /// <summary>Monthly (default) or yearly.</summary>
    public PlatformBillingInterval Interval { get; init; } = PlatformBillingInterval.Month;

    /// <summary>The card, a Stripe PaymentMethod id (<c>pm_…</c>) created by the gym's app with Stripe.js.</summary>
    [Required]
    [StringLength(PlatformBillingConsts.MaxStripeIdLength)]
    [RegularExpression("^pm_[A-Za-z0-9_]+$")]
    public string PaymentMethodId { get; init; } = string.Empty;
}
