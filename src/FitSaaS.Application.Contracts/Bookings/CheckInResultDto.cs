namespace FitSaaS.Bookings;

/// <summary>The outcome of a check-in.</summary>
public sealed class CheckInResultDto
{
    /// <summary>The booking, now checked in.</summary>
    public required BookingDto Booking { get; init; }

    /// <summary>True when it was checked in before this request (a repeated scan): nothing changed.</summary>
    public bool AlreadyCheckedIn { get; init; }
}
