namespace FitSaaS.Bookings;

/// <summary>How a booking, a cancellation or a check-in is asked for.</summary>
/// <param name="ByStaff">Staff act on the member's behalf (front desk).</param>
/// <param name="Reason">
/// The reason staff record. With it, staff override the booking window, the member's limits and a strike restriction
/// (a walk-in); a staff cancellation needs one. At most <see cref="BookingConsts.MaxReasonLength"/> characters.
/// </param>
/// <param name="Hold">Book as a pending hold (a seat held while a payment completes) instead of confirmed.</param>
/// <param name="AwaitingPayment">
/// The hold waits for the payment that buys what the booking needs (pay-to-book): guards that need an entitlement check it
/// when the hold is confirmed, not now (<see cref="BookingGuardContext.AwaitingPayment"/>). Only with <paramref name="Hold"/>.
/// </param>
public sealed record BookingRequest(bool ByStaff = false, string? Reason = null, bool Hold = false, bool AwaitingPayment = false)
{
    /// <summary>The member's own request.</summary>
    public static BookingRequest Member { get; } = new();

    /// <summary>True when staff gave a reason: the window, limits and restrictions do not apply.</summary>
    public bool IsOverride => ByStaff && !string.IsNullOrWhiteSpace(Reason);
}
