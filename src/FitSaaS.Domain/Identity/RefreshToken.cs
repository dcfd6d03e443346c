using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Identity;

/// <summary>
/// An issued refresh token, stored as a SHA-256 hash only. Tokens rotate: using one consumes it and
/// issues the next of the same family; using a consumed one again revokes the whole family
/// (OAuth 2.0 Security BCP, RFC 6819 §5.2.2.3).
/// </summary>
[HostDatabase]
public sealed class RefreshToken : AggregateRoot<Guid>, IMultiTenant
{
    private RefreshToken()
    {
        TokenHash = null!;
        ClientId = null!;
        SecurityStamp = null!;
    }

    /// <summary>Records a newly issued token.</summary>
    public RefreshToken(Guid id, Guid? tenantId, Guid userId, string clientId, string tokenHash, Guid familyId, string securityStamp, DateTime createdAtUtc, DateTime expiresAtUtc)
        : base(id)
    {
        TenantId = tenantId;
        UserId = userId;
        ClientId = clientId;
        TokenHash = tokenHash;
        FamilyId = familyId;
        SecurityStamp = securityStamp;
        CreatedAtUtc = createdAtUtc;
        ExpiresAtUtc = expiresAtUtc;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The user the token was issued to.</summary>
    public Guid UserId { get; private set; }

    /// <summary>The client it was issued to.</summary>
    public string ClientId { get; private set; }

    /// <summary>Base64url SHA-256 of the token value.</summary>
    public string TokenHash { get; private set; }

    /// <summary>All tokens descending from one login share a family.</summary>
    public Guid FamilyId { get; private set; }

    /// <summary>The user's security stamp at issue; a changed stamp (password change, lock) invalidates the token.</summary>
    public string SecurityStamp { get; private set; }

    /// <summary>UTC instant of issue.</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>UTC instant after which it is refused.</summary>
    public DateTime ExpiresAtUtc { get; private set; }

    /// <summary>UTC instant it was used (rotated); null while unused.</summary>
    public DateTime? ConsumedAtUtc { get; private set; }

    /// <summary>UTC instant it was revoked; null while not revoked.</summary>
    public DateTime? RevokedAtUtc { get; private set; }

    /// <summary>True when it can still be exchanged.</summary>
    public bool IsUsable(DateTime now) => ConsumedAtUtc is null && RevokedAtUtc is null && now < ExpiresAtUtc;

    /// <summary>Marks it used.</summary>
    public void Consume(DateTime now) => ConsumedAtUtc ??= now;

    /// <summary>Revokes it.</summary>
    public void Revoke(DateTime now) => RevokedAtUtc ??= now;
}
