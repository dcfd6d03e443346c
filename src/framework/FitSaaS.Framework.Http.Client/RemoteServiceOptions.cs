namespace FitSaaS.Framework.Http.Client;

/// <summary>
/// The remote services a client calls, by name (ABP's <c>RemoteServices</c> configuration section:
/// <c>RemoteServices:Default:BaseUrl</c>, <c>RemoteServices:Default:Authentication:ClientId</c>, …). A name without an
/// entry uses the <c>Default</c> entry.
/// </summary>
public sealed class RemoteServiceOptions
{
    /// <summary>The configuration section bound to these options (<c>RemoteServices</c>).</summary>
    public const string SectionName = "RemoteServices";

    /// <summary>The name used when none is given and the fallback of every other name (<c>Default</c>).</summary>
    public const string DefaultName = "Default";

    /// <summary>Remote service name (case-insensitive) → configuration.</summary>
    public IDictionary<string, RemoteServiceConfiguration> RemoteServices { get; } =
        new Dictionary<string, RemoteServiceConfiguration>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The configuration of <paramref name="name"/>, else of <see cref="DefaultName"/>.</summary>
    /// <exception cref="InvalidOperationException">Neither is configured, or the entry has no <see cref="RemoteServiceConfiguration.BaseUrl"/>.</exception>
    public RemoteServiceConfiguration Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if ((RemoteServices.TryGetValue(name, out var configuration) || RemoteServices.TryGetValue(DefaultName, out configuration)) &&
            !string.IsNullOrWhiteSpace(configuration.BaseUrl))
        {
            return configuration;
        }

        throw new InvalidOperationException(
            $"Remote service '{name}' has no base URL: set {SectionName}:{name}:BaseUrl (or {SectionName}:{DefaultName}:BaseUrl).");
    }
}

/// <summary>Where and how to call one remote service.</summary>
public sealed class RemoteServiceConfiguration
{
    /// <summary>Absolute base URL of the host, e.g. <c>https://api.fitsaas.example/</c>; routes (<c>api/…</c>) are relative to it.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>Time limit of one HTTP attempt including reading the response; default 30 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Retries of an idempotent <c>GET</c> after a transient failure (connection error, timeout, 408, 429, 500, 502, 503,
    /// 504); default 3, 0 disables. <c>POST</c>, <c>PUT</c>, <c>PATCH</c> and <c>DELETE</c> are never retried.
    /// </summary>
    public int RetryCount { get; set; } = 3;

    /// <summary>Delay before the first retry, doubled for each further one, with jitter; default 200 ms.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How the client obtains access tokens (none when <see cref="RemoteServiceAuthenticationOptions.GrantType"/> is empty).</summary>
    public RemoteServiceAuthenticationOptions Authentication { get; set; } = new();
}

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
