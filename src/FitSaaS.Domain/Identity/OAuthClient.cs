using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Identity;

/// <summary>
/// An OAuth 2.0 client of the token server. Host clients have no tenant; a tenant's machine clients
/// belong to it (their tokens act in that tenant). <see cref="ClientId"/> is unique across tenants.
/// A confidential client authenticates with a secret stored only as a hash.
/// </summary>
[HostDatabase]
public sealed class OAuthClient : AggregateRoot<Guid>, IMultiTenant
{
    private OAuthClient()
    {
        ClientId = null!;
        DisplayName = null!;
        AllowedGrantTypes = null!;
        Scopes = null!;
    }

    /// <summary>Registers a public client (RFC 6749 §2.1: no secret), e.g. a first-party mobile or web app.</summary>
    public OAuthClient(Guid id, string clientId, string displayName, IEnumerable<string> allowedGrantTypes)
        : this(id, null, clientId, displayName, allowedGrantTypes, [IdentityConsts.ApiScope])
    {
        IsPublic = true;
    }

    /// <summary>Registers a confidential client of a tenant (null = host); set its secret with <see cref="SetSecretHash"/>.</summary>
    public OAuthClient(Guid id, Guid? tenantId, string clientId, string displayName, IEnumerable<string> allowedGrantTypes, IEnumerable<string> scopes)
        : base(id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        TenantId = tenantId;
        ClientId = clientId;
        DisplayName = displayName;
        AllowedGrantTypes = string.Join(' ', allowedGrantTypes.Distinct(StringComparer.Ordinal));
        Scopes = string.Join(' ', scopes.Distinct(StringComparer.Ordinal));
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The <c>client_id</c>.</summary>
    public string ClientId { get; private set; }

    /// <summary>Human-readable name.</summary>
    public string DisplayName { get; private set; }

    /// <summary>True for a public client: it has no secret.</summary>
    public bool IsPublic { get; private set; }

    /// <summary>ASP.NET Core Identity hash of the secret (PBKDF2); null for public clients.</summary>
    public string? ClientSecretHash { get; private set; }

    /// <summary>Space-separated grant types the client may use (<c>password refresh_token client_credentials</c>).</summary>
    public string AllowedGrantTypes { get; private set; }

    /// <summary>Space-separated scopes the client may request.</summary>
    public string Scopes { get; private set; }

    /// <summary>True when the client may use <paramref name="grantType"/>.</summary>
    public bool AllowsGrantType(string grantType) =>
        AllowedGrantTypes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(grantType, StringComparer.Ordinal);

    /// <summary>The allowed scopes.</summary>
    public IReadOnlyList<string> GetScopes() => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Stores a new secret hash (the secret itself is shown once to its creator and never stored).</summary>
    public void SetSecretHash(string hash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hash);
        if (IsPublic)
        {
            throw new InvalidOperationException("A public client has no secret.");
        }

        ClientSecretHash = hash;
    }

    /// <summary>Changes the display name, grant types and scopes.</summary>
    public void Update(string displayName, IEnumerable<string> allowedGrantTypes, IEnumerable<string> scopes)
    {
        DisplayName = displayName;
        AllowedGrantTypes = string.Join(' ', allowedGrantTypes.Distinct(StringComparer.Ordinal));
        Scopes = string.Join(' ', scopes.Distinct(StringComparer.Ordinal));
    }
}
