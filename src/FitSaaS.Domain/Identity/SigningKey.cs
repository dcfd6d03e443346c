using FitSaaS.Framework.Domain;

namespace FitSaaS.Identity;

/// <summary>
/// A key of the token server, persisted so tokens survive restarts and every instance signs, encrypts
/// and validates alike. Host-owned. <see cref="Purpose"/> and <see cref="Generation"/> are unique together:
/// instances that race to create the same generation agree on the one row that was inserted first.
/// </summary>
public sealed class SigningKey : AggregateRoot<Guid>, IHostEntity
{
    /// <summary><see cref="Purpose"/> of an RSA key that signs access and identity tokens (RS256).</summary>
    public const string SigningPurpose = "sig";

    /// <summary><see cref="Purpose"/> of a 256-bit symmetric key that encrypts refresh tokens and codes (never published).</summary>
    public const string EncryptionPurpose = "enc";

    private SigningKey()
    {
        KeyId = null!;
        Purpose = null!;
        PrivateKeyPkcs8 = null!;
    }

    /// <summary>Stores a new key.</summary>
    /// <param name="id">Row id.</param>
    /// <param name="keyId">The JWS/JWE <c>kid</c>.</param>
    /// <param name="purpose"><see cref="SigningPurpose"/> or <see cref="EncryptionPurpose"/>.</param>
    /// <param name="generation">1 for the first key of a purpose, then one more per rotation.</param>
    /// <param name="privateKeyPkcs8">Base64 PKCS#8 RSA private key, or the base64 symmetric key.</param>
    /// <param name="createdAtUtc">UTC instant of creation.</param>
    public SigningKey(Guid id, string keyId, string purpose, int generation, string privateKeyPkcs8, DateTime createdAtUtc)
        : base(id)
    {
        KeyId = keyId;
        Purpose = purpose;
        Generation = generation;
        PrivateKeyPkcs8 = privateKeyPkcs8;
        CreatedAtUtc = createdAtUtc;
    }

    /// <summary>The JWS/JWE <c>kid</c>.</summary>
    public string KeyId { get; private set; }

    /// <summary><see cref="SigningPurpose"/> or <see cref="EncryptionPurpose"/>.</summary>
    public string Purpose { get; private set; }

    /// <summary>Rotation number within the purpose (1, 2, …); the highest is the newest.</summary>
    public int Generation { get; private set; }

    /// <summary>Base64 key material. Never logged or exposed; the JWKS publishes public parts of signing keys only.</summary>
    public string PrivateKeyPkcs8 { get; private set; }

    /// <summary>UTC instant of creation.</summary>
    public DateTime CreatedAtUtc { get; private set; }
}
