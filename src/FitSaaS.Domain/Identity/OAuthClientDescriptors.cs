using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace FitSaaS.Identity;

/// <summary>The OpenIddict descriptors of the clients the kit seeds or registers.</summary>
public static class OAuthClientDescriptors
{
    /// <summary>
    /// The public first-party client <see cref="IdentityConsts.DefaultClientId"/> (no secret): the token endpoint with the
    /// password and refresh-token grants, revocation, and the <see cref="IdentityConsts.ApiScope"/> scope; with
    /// <paramref name="redirectUris"/> (absolute; custom schemes of mobile apps allowed) also the authorization code flow with
    /// PKCE (S256, RFC 7636) and the end-session endpoint (returning to <paramref name="postLogoutRedirectUris"/>).
    /// </summary>
    public static OpenIddictApplicationDescriptor FirstPartyApp(IEnumerable<Uri>? redirectUris = null, IEnumerable<Uri>? postLogoutRedirectUris = null)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = IdentityConsts.DefaultClientId,
            DisplayName = "FitSaaS first-party apps",
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
        };
        descriptor.Permissions.UnionWith(
        [
            Permissions.Endpoints.Token,
            Permissions.Endpoints.Revocation,
            Permissions.GrantTypes.Password,
            Permissions.GrantTypes.RefreshToken,
            Permissions.Prefixes.Scope + IdentityConsts.ApiScope,
        ]);
        var redirects = redirectUris?.ToList() ?? [];
        if (redirects.Count > 0)
        {
            AddAuthorizationCode(descriptor, redirects, postLogoutRedirectUris ?? []);
        }

        return descriptor;
    }

    /// <summary>
    /// The public client <see cref="IdentityConsts.SwaggerClientId"/> of the host's Swagger UI: authorization code with PKCE,
    /// redirect URI <c>{rootUrl}/swagger/oauth2-redirect.html</c>, after sign-out back to <c>{rootUrl}/swagger/index.html</c>.
    /// </summary>
    public static OpenIddictApplicationDescriptor SwaggerClient(Uri rootUrl)
    {
        ArgumentNullException.ThrowIfNull(rootUrl);
        var root = rootUrl.ToString().TrimEnd('/');
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = IdentityConsts.SwaggerClientId,
            DisplayName = "FitSaaS Swagger UI",
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
        };
        descriptor.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.Prefixes.Scope + IdentityConsts.ApiScope]);
        AddAuthorizationCode(descriptor, [new Uri(root + "/swagger/oauth2-redirect.html")], [new Uri(root + "/swagger/index.html")]);
        return descriptor;
    }

    private static void AddAuthorizationCode(OpenIddictApplicationDescriptor descriptor, IEnumerable<Uri> redirectUris, IEnumerable<Uri> postLogoutRedirectUris)
    {
        descriptor.Permissions.UnionWith(
        [
            Permissions.Endpoints.Authorization,
            Permissions.Endpoints.EndSession,
            Permissions.Endpoints.Token,
            Permissions.GrantTypes.AuthorizationCode,
            Permissions.GrantTypes.RefreshToken,
            Permissions.ResponseTypes.Code,
            Permissions.Scopes.Profile,
            Permissions.Scopes.Email,
            Permissions.Scopes.Roles,
        ]);
        descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        descriptor.RedirectUris.UnionWith(redirectUris);
        descriptor.PostLogoutRedirectUris.UnionWith(postLogoutRedirectUris);
    }

    /// <summary>
    /// A confidential machine client of the current tenant (or of the host): <c>client_credentials</c> at the token
    /// endpoint, revocation and introspection, and the given scopes.
    /// </summary>
    public static OpenIddictApplicationDescriptor MachineClient(string clientId, string displayName, IEnumerable<string> scopes)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            DisplayName = displayName,
            ClientType = ClientTypes.Confidential,
        };
        SetMachinePermissions(descriptor, scopes);
        return descriptor;
    }

    /// <summary>Replaces the permissions of a machine client's descriptor (grant types, endpoints, scopes).</summary>
    public static void SetMachinePermissions(OpenIddictApplicationDescriptor descriptor, IEnumerable<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.Permissions.Clear();
        descriptor.Permissions.UnionWith(
        [
            Permissions.Endpoints.Token,
            Permissions.Endpoints.Revocation,
            Permissions.Endpoints.Introspection,
            Permissions.GrantTypes.ClientCredentials,
        ]);
        descriptor.Permissions.UnionWith(scopes.Select(scope => Permissions.Prefixes.Scope + scope));
    }

    /// <summary>The grant types a client's permissions allow (<c>password</c>, <c>refresh_token</c>, …).</summary>
    public static IReadOnlyList<string> GrantTypesOf(IEnumerable<string> permissions) =>
        permissions.Where(p => p.StartsWith(Permissions.Prefixes.GrantType, StringComparison.Ordinal))
            .Select(p => p[Permissions.Prefixes.GrantType.Length..]).Order(StringComparer.Ordinal).ToList();

    /// <summary>The scopes a client's permissions allow.</summary>
    public static IReadOnlyList<string> ScopesOf(IEnumerable<string> permissions) =>
        permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[Permissions.Prefixes.Scope.Length..]).Order(StringComparer.Ordinal).ToList();
}
