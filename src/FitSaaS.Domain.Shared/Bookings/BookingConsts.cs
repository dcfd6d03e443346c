namespace FitSaaS.Bookings;

/// <summary>Limits of bookings.</summary>
public static class BookingConsts
{
    /// <summary>Longest reason staff record for an override, a walk-in or a cancellation, in characters.</summary>
    public const int MaxReasonLength = 256;

    /// <summary>The reason recorded when a pending hold expires.</summary>
    public const string HoldExpiredReason = "HoldExpired";

    /// <summary>The reason recorded when staff cancel the whole session.</summary>
    public const string SessionCancelledReason = "SessionCancelled";
}
