using FitSaaS.Framework.Domain;

namespace FitSaaS.Identity;

/// <summary>An OAuth 2.0 client registered with the token server (host-owned).</summary>
public sealed class OAuthClient : AggregateRoot<Guid>, IHostEntity
{
    private OAuthClient()
    {
        ClientId = null!;
        DisplayName = null!;
        AllowedGrantTypes = null!;
    }

    /// <summary>Registers a public client (no secret), e.g. a first-party mobile or web app.</summary>
    public OAuthClient(Guid id, string clientId, string displayName, IEnumerable<string> allowedGrantTypes)
        : base(id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ClientId = clientId;
        DisplayName = displayName;
        AllowedGrantTypes = string.Join(' ', allowedGrantTypes);
        IsPublic = true;
    }

    /// <summary>The <c>client_id</c>.</summary>
    public string ClientId { get; private set; }

    /// <summary>Human-readable name.</summary>
    public string DisplayName { get; private set; }

    /// <summary>True for a public client (RFC 6749 §2.1): it has no secret.</summary>
    public bool IsPublic { get; private set; }

    /// <summary>Space-separated grant types the client may use (<c>password refresh_token</c>).</summary>
    public string AllowedGrantTypes { get; private set; }

    /// <summary>True when the client may use <paramref name="grantType"/>.</summary>
    public bool AllowsGrantType(string grantType) =>
        AllowedGrantTypes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(grantType, StringComparer.Ordinal);
}
