using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Billing;

/// <summary>Refunds (part of) a payment (staff), with a credit note. <c>Billing:RefundExceedsPayment</c> beyond what is left.</summary>
public sealed class RefundPaymentDto
{
    /// <summary>Minor units, 1..what is left of the payment.</summary>
    public long Amount { get; init; }

    /// <summary>Why (required).</summary>
    [Required]
    [StringLength(InvoiceConsts.MaxReasonLength)]
    public required string Reason { get; init; }
}
