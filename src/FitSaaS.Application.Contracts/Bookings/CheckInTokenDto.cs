namespace FitSaaS.Bookings;

/// <summary>A member's personal, single-use check-in token for one booking: show it as a QR code at the desk.</summary>
public sealed class CheckInTokenDto
{
    /// <summary>The token (an opaque URL-safe string).</summary>
    public required string Token { get; init; }

    /// <summary>The booking.</summary>
    public Guid BookingId { get; init; }

    /// <summary>The session it is valid for.</summary>
    public Guid ClassSessionId { get; init; }

    /// <summary>When check-in opens (UTC).</summary>
    public DateTime CheckInOpensAtUtc { get; init; }

    /// <summary>When check-in closes (UTC).</summary>
    public DateTime CheckInClosesAtUtc { get; init; }
}
