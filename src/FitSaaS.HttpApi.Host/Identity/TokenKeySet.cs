using Microsoft.IdentityModel.Tokens;

namespace FitSaaS.Identity;

/// <summary>The token server's keys at one moment (see <see cref="SigningKeyManager"/>).</summary>
/// <param name="Signing">The RSA key that signs new tokens (RS256).</param>
/// <param name="OtherPublished">The other published signing keys (the next key while it propagates, previous keys): they validate only.</param>
/// <param name="Encryption">The symmetric keys that encrypt refresh tokens and authorization codes, newest first.</param>
public sealed record TokenKeySet(RsaSecurityKey Signing, IReadOnlyList<RsaSecurityKey> OtherPublished, IReadOnlyList<SymmetricSecurityKey> Encryption)
{
    /// <summary>The key ids in order: equal fingerprints mean the same keys in the same roles.</summary>
    public string Fingerprint =>
        string.Join(',', new[] { Signing.KeyId }.Concat(OtherPublished.Select(k => k.KeyId)).Append("|").Concat(Encryption.Select(k => k.KeyId)));
}
