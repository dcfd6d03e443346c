using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Bookings;

/// <summary>Cancels a booking. Staff cancelling a member's booking record why (required then; never penalised).</summary>
public sealed class CancelBookingDto
{
    /// <summary>Why staff cancel it (at most 256 characters); ignored for a member's own cancellation.</summary>
    [StringLength(BookingConsts.MaxReasonLength)]
    public string? Reason { get; init; }
}
