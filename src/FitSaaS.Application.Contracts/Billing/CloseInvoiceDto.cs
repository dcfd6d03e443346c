using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Billing;

/// <summary>Voids or writes off an invoice (staff); the reason is kept on it.</summary>
public sealed class CloseInvoiceDto
{
    /// <summary>Why (required).</summary>
    [Required]
    [StringLength(InvoiceConsts.MaxReasonLength)]
    public required string Reason { get; init; }
}
