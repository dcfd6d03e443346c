namespace FitSaaS.Framework.Http.Client;

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
