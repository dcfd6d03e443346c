using System.Globalization;
using StackExchange.Redis;

namespace FitSaaS.Framework.Caching.StackExchangeRedis;

/// <summary>
/// Turns <c>Redis:Configuration</c> (a StackExchange.Redis configuration string, ABP's key) into the
/// <see cref="ConfigurationOptions"/> of the shared multiplexer, with the kit's outage policy as defaults: a Redis outage must
/// never fail or stall a request, so commands fail fast instead of queueing while disconnected.
/// </summary>
/// <remarks>
/// Always: <see cref="BacklogPolicy.FailFast"/> (the library's default backlog would hold commands until the connection
/// returns, within their timeout). Unless the string says otherwise: <c>abortConnect=false</c> (start without Redis and
/// reconnect in the background), <c>connectTimeout=</c><see cref="DefaultConnectTimeoutMilliseconds"/>,
/// <c>syncTimeout=</c><see cref="DefaultTimeoutMilliseconds"/>, <c>asyncTimeout</c> = <c>syncTimeout</c>,
/// <c>connectRetry=1</c> and reconnects backing off exponentially from 250 ms to 5 s. Everything else — TLS
/// (<c>ssl=true</c>, <c>sslHost=…</c>, <c>sslProtocols=…</c>), <c>user=</c>, <c>password=</c>, <c>defaultDatabase=</c>,
/// several endpoints, sentinel (<c>serviceName=</c>) — is StackExchange.Redis's own. A private certificate authority for TLS
/// is trusted through <c>Redis:TrustIssuer</c> (path of its certificate, PEM or DER).
/// </remarks>
public static class RedisConnectionConfiguration
{
    /// <summary>Configuration key of the certificate (file path) of a private authority that signed the server's TLS certificate.</summary>
    public const string TrustIssuerKey = "Redis:TrustIssuer";

    /// <summary>Default connect timeout: 2000 ms (the library's: 5000 ms).</summary>
    public const int DefaultConnectTimeoutMilliseconds = 2000;

    /// <summary>Default timeout of one command, synchronous and asynchronous: 1000 ms (the library's: 5000 ms).</summary>
    public const int DefaultTimeoutMilliseconds = 1000;

    /// <summary>First reconnect back-off: 250 ms, doubling (with jitter) up to <see cref="MaxReconnectBackOffMilliseconds"/>.</summary>
    public const int ReconnectBackOffMilliseconds = 250;

    /// <summary>Longest reconnect back-off: 5000 ms.</summary>
    public const int MaxReconnectBackOffMilliseconds = 5000;

    /// <summary>Parses <paramref name="configuration"/> and applies the kit's defaults.</summary>
    /// <param name="configuration">The <c>Redis:Configuration</c> string.</param>
    /// <param name="trustIssuerPath">Optional path of a certificate authority to trust for TLS (<c>Redis:TrustIssuer</c>).</param>
    /// <exception cref="FormatException">The string is empty, names no endpoint or has an unknown or malformed option.</exception>
    public static ConfigurationOptions Create(string configuration, string? trustIssuerPath = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ConfigurationOptions options;
        try
        {
            options = ConfigurationOptions.Parse(configuration);
        }
        catch (ArgumentException ex)
        {
            // The library's message names the offending option, never a value.
            throw new FormatException($"{CachingServiceCollectionExtensions.RedisConfigurationKey} is not a valid StackExchange.Redis configuration: {ex.Message}", ex);
        }

        if (options.EndPoints.Count == 0 && string.IsNullOrEmpty(options.ServiceName))
        {
            throw new FormatException($"{CachingServiceCollectionExtensions.RedisConfigurationKey} names no endpoint (expected 'host:port[,password=…]').");
        }

        var given = GivenOptions(configuration);
        options.BacklogPolicy = BacklogPolicy.FailFast;
        if (!given.Contains("abortconnect"))
        {
            options.AbortOnConnectFail = false;
        }

        if (!given.Contains("connecttimeout"))
        {
            options.ConnectTimeout = DefaultConnectTimeoutMilliseconds;
        }

        if (!given.Contains("synctimeout"))
        {
            options.SyncTimeout = DefaultTimeoutMilliseconds;
        }

        if (!given.Contains("asynctimeout"))
        {
            options.AsyncTimeout = options.SyncTimeout;
        }

        if (!given.Contains("connectretry"))
        {
            options.ConnectRetry = 1;
        }

        options.ReconnectRetryPolicy = new ExponentialRetry(ReconnectBackOffMilliseconds, MaxReconnectBackOffMilliseconds);
        if (!string.IsNullOrWhiteSpace(trustIssuerPath))
        {
            options.TrustIssuer(trustIssuerPath);
        }

        return options;
    }

    /// <summary>A description of the configuration for logs: endpoints, database and TLS, never the password.</summary>
    public static string Describe(ConfigurationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.Create(CultureInfo.InvariantCulture,
            $"{string.Join(' ', options.EndPoints.Select(EndPointCollection.ToString))} (database {options.DefaultDatabase ?? 0}{(options.Ssl ? ", TLS" : "")})");
    }

    private static HashSet<string> GivenOptions(string configuration) =>
        configuration.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.IndexOf('=', StringComparison.Ordinal) is var equals and > 0 ? part[..equals].Trim() : null)
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
