namespace FitSaaS.Framework.Http.Client.Authentication;

/// <summary>
/// Supplies the bearer token a proxy sends to a remote service. Replace the registration to plug in another source
/// (a web front-end forwarding its user's token, a token from a secret store, a test minting tokens). The default
/// (<see cref="OAuthAccessTokenProvider"/>) runs the OAuth 2.0 grant configured in
/// <see cref="RemoteServiceConfiguration.Authentication"/>.
/// </summary>
public interface IRemoteServiceAccessTokenProvider
{
    /// <summary>
    /// The access token for a call, or null to call anonymously. Called once per proxy call (and again once after a
    /// 401, with <paramref name="context"/>.<see cref="RemoteServiceAccessTokenContext.RefusedAccessToken"/> set), so implementations cache.
    /// </summary>
    /// <exception cref="Exceptions.AuthorizationException">The token endpoint refused the grant (code <see cref="RemoteServiceErrorCodes.TokenRequestFailed"/>).</exception>
    Task<string?> GetAccessTokenAsync(RemoteServiceAccessTokenContext context, CancellationToken cancellationToken = default);
}
