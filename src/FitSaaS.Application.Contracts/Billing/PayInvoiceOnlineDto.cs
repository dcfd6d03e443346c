using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Billing;

/// <summary>Pays an invoice online.</summary>
public sealed class PayInvoiceOnlineDto
{
    /// <summary>The invoice (the member's own, or any for staff).</summary>
    public Guid InvoiceId { get; init; }

    /// <summary>The card (<c>pm_…</c>); null: the member's default saved card, or — on-session without one — a PaymentIntent the app confirms with its client secret.</summary>
    [StringLength(255)]
    [RegularExpression("^pm_[A-Za-z0-9_]+$")]
    public string? PaymentMethodId { get; init; }

    /// <summary>Charge without the member present (staff only: <c>Billing.Invoices.Manage</c>); default false.</summary>
    public bool OffSession { get; init; }
}
