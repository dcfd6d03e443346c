using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Billing;

/// <summary>Waives a booking's penalty (staff): a forfeited credit comes back, an unpaid penalty invoice is voided.</summary>
public sealed class WaivePenaltyDto
{
    /// <summary>The late-cancelled or no-show booking.</summary>
    public Guid BookingId { get; init; }

    /// <summary>Why (required).</summary>
    [Required]
    [StringLength(InvoiceConsts.MaxReasonLength)]
    public required string Reason { get; init; }
}
