using FitSaaS.Framework.Domain;

namespace FitSaaS.Identity;

/// <summary>
/// An RSA key that signs access tokens, persisted so tokens survive restarts and every instance signs
/// alike. Host-owned. The private key is PKCS#8 DER, base64.
/// </summary>
public sealed class SigningKey : AggregateRoot<Guid>, IHostEntity
{
    private SigningKey()
    {
        KeyId = null!;
        PrivateKeyPkcs8 = null!;
    }

    /// <summary>Stores a new key.</summary>
    public SigningKey(Guid id, string keyId, string privateKeyPkcs8, DateTime createdAtUtc)
        : base(id)
    {
        KeyId = keyId;
        PrivateKeyPkcs8 = privateKeyPkcs8;
        CreatedAtUtc = createdAtUtc;
    }

    /// <summary>The JWS <c>kid</c>.</summary>
    public string KeyId { get; private set; }

    /// <summary>Base64 PKCS#8 private key. Never logged or exposed; JWKS publishes the public part only.</summary>
    public string PrivateKeyPkcs8 { get; private set; }

    /// <summary>UTC instant of creation; the newest key signs.</summary>
    public DateTime CreatedAtUtc { get; private set; }
}
