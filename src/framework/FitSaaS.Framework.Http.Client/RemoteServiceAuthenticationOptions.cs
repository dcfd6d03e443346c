namespace FitSaaS.Framework.Http.Client;

/// <summary>
/// OAuth 2.0 settings for the ready access-token provider (RFC 6749 §4.3 password, §4.4 client credentials, §6 refresh).
/// Secrets set here are sent only to the token endpoint and never logged.
/// </summary>
public sealed class RemoteServiceAuthenticationOptions
{
    /// <summary><c>client_credentials</c>, <c>password</c>, or empty for anonymous calls (the default).</summary>
    public string? GrantType { get; set; }

    /// <summary>Token endpoint URL; default <c>{BaseUrl}connect/token</c>.</summary>
    public string? TokenEndpoint { get; set; }

    /// <summary>The OAuth client id; default <c>FitSaaS_App</c> (the host's first-party public client).</summary>
    public string ClientId { get; set; } = "FitSaaS_App";

    /// <summary>The client secret of a confidential client (sent with <c>client_secret_post</c>); null for a public client.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Requested scope (space-separated); default <c>fitsaas-api</c>.</summary>
    public string? Scope { get; set; } = "fitsaas-api";

    /// <summary>The user name for the password grant.</summary>
    public string? UserName { get; set; }

    /// <summary>The password for the password grant.</summary>
    public string? Password { get; set; }

    /// <summary>A cached token is renewed when it expires within this time; default 60 seconds.</summary>
    public TimeSpan RefreshBeforeExpiry { get; set; } = TimeSpan.FromSeconds(60);
}
