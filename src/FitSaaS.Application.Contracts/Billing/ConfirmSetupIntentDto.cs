using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Billing;

/// <summary>The card to save: a payment method the app created with Stripe.js (<c>pm_…</c>; in test mode e.g. <c>pm_card_visa</c>).</summary>
public sealed class ConfirmSetupIntentDto
{
    /// <summary>The payment method (<c>pm_…</c>).</summary>
    [Required]
    [StringLength(255)]
    [RegularExpression("^pm_[A-Za-z0-9_]+$")]
    public required string PaymentMethodId { get; init; }
}
