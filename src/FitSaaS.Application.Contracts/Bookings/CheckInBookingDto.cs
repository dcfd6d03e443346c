using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Bookings;

/// <summary>Staff check a member in from the roster.</summary>
public sealed class CheckInBookingDto
{
    /// <summary>An optional note (a waitlisted walk-in, a reversed no-show); at most 256 characters.</summary>
    [StringLength(BookingConsts.MaxReasonLength)]
    public string? Reason { get; init; }
}
