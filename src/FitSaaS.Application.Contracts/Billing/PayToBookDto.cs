using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Billing;

/// <summary>Buys a plan for a session and books it.</summary>
public sealed class PayToBookDto
{
    /// <summary>The session.</summary>
    public Guid ClassSessionId { get; init; }

    /// <summary>The drop-in or class pack bought.</summary>
    public Guid PlanId { get; init; }

    /// <summary>The card (<c>pm_…</c>); null: the member's default saved card, or a PaymentIntent the app confirms with its client secret.</summary>
    [StringLength(255)]
    [RegularExpression("^pm_[A-Za-z0-9_]+$")]
    public string? PaymentMethodId { get; init; }
}
