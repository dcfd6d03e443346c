namespace FitSaaS.Identity;

/// <summary>A newly registered client or regenerated secret: the secret is shown this once and stored only as a hash.</summary>
public sealed class ClientWithSecretDto
{
    /// <summary>The client.</summary>
    public required ClientDto Client { get; init; }

    /// <summary>The client secret (256 random bits, base64url). Store it safely; it cannot be read again.</summary>
    public required string ClientSecret { get; init; }
}
