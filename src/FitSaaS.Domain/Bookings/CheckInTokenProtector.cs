using System.Security.Cryptography;
using FitSaaS.Framework.Domain;
using Microsoft.AspNetCore.DataProtection;

namespace FitSaaS.Bookings;

/// <summary>
/// Issues and reads a member's personal check-in token for one booking (the payload of the QR code the member shows):
/// the tenant, booking, session and member, authenticated and encrypted by ASP.NET Core Data Protection (its key ring is
/// shared by the instances through the database) with a purpose of its own, and time-limited to a day after the session
/// ends. Nothing is stored: the token is single-use because the booking it names can be checked in once.
/// </summary>
public sealed class CheckInTokenProtector(IDataProtectionProvider dataProtection) : IDomainService
{
    private const string Purpose = "FitSaaS.Bookings.CheckInToken.v1";

    private readonly ITimeLimitedDataProtector _protector = dataProtection.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    /// <summary>The token of <paramref name="booking"/> of <paramref name="session"/>, valid until a day after the session ends.</summary>
    public string Protect(Booking booking, ClassSession session)
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(session);
        var payload = string.Join('|', booking.TenantId?.ToString("N") ?? "-", booking.Id.ToString("N"), session.Id.ToString("N"), booking.MemberId.ToString("N"));
        return _protector.Protect(payload, new DateTimeOffset(session.EndsAtUtc.AddDays(1), TimeSpan.Zero));
    }

    /// <summary>What the token names, or null when it does not parse, was tampered with or expired.</summary>
    public CheckInTokenPayload? Unprotect(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1024)
        {
            return null;
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(token.Trim(), out _);
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }

        var parts = payload.Split('|');
        return parts.Length == 4 &&
            Guid.TryParseExact(parts[1], "N", out var bookingId) &&
            Guid.TryParseExact(parts[2], "N", out var sessionId) &&
            Guid.TryParseExact(parts[3], "N", out var memberId)
            ? new CheckInTokenPayload(parts[0] == "-" ? null : Guid.ParseExact(parts[0], "N"), bookingId, sessionId, memberId)
            : null;
    }
}
