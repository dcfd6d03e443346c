using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using FitSaaS.Framework.DependencyInjection;
using Microsoft.AspNetCore.DataProtection;

namespace FitSaaS.Bookings;

/// <summary>
/// Turns a <see cref="MemberCalendarFeedToken"/> into a URL-safe secret and back with ASP.NET Core Data Protection (purpose
/// <see cref="Purpose"/>; the key ring is the deployment's, kept in the database): authenticated encryption, so a token can be
/// neither read nor forged nor altered without the keys. No table: revocation is the member's
/// <see cref="BookingsSettingNames.CalendarFeedValidFromUtc"/> (docs/decisions/0041-calendar-feed-tokens.md).
/// </summary>
public sealed class MemberCalendarFeedTokenProtector(IDataProtectionProvider dataProtection) : ISingletonDependency
{
    /// <summary>The Data Protection purpose of calendar feed tokens (a token of another purpose does not open).</summary>
    public const string Purpose = "FitSaaS.Bookings.CalendarFeed.v1";

    private const byte Version = 1;
    private const int PayloadLength = 1 + 16 + 16 + 8;

    private readonly IDataProtector _protector = dataProtection.CreateProtector(Purpose);

    /// <summary>The token as a base64url string (no padding).</summary>
    public string Protect(MemberCalendarFeedToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var payload = new byte[PayloadLength];
        payload[0] = Version;
        (token.TenantId ?? Guid.Empty).TryWriteBytes(payload.AsSpan(1, 16));
        token.MemberId.TryWriteBytes(payload.AsSpan(17, 16));
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(33, 8), UtcInstant.From(token.IssuedAtUtc).Ticks);
        return Base64Url.EncodeToString(_protector.Protect(payload));
    }

    /// <summary>The token <paramref name="protectedToken"/> carries, or null when it is malformed or was not protected by this deployment.</summary>
    public MemberCalendarFeedToken? TryUnprotect(string? protectedToken)
    {
        if (string.IsNullOrEmpty(protectedToken) || protectedToken.Length > 512 || !Base64Url.IsValid(protectedToken))
        {
            return null;
        }

        byte[] payload;
        try
        {
            payload = _protector.Unprotect(Base64Url.DecodeFromChars(protectedToken));
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }

        if (payload.Length != PayloadLength || payload[0] != Version)
        {
            return null;
        }

        var tenantId = new Guid(payload.AsSpan(1, 16));
        var ticks = BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(33, 8));
        if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
        {
            return null;
        }

        return new MemberCalendarFeedToken(tenantId == Guid.Empty ? null : tenantId, new Guid(payload.AsSpan(17, 16)), new DateTime(ticks, DateTimeKind.Utc));
    }
}
