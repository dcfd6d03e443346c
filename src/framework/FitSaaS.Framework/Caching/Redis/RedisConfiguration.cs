using System.Globalization;

namespace FitSaaS.Framework.Caching.Redis;

/// <summary>
/// The <c>Redis:Configuration</c> string in ABP's / StackExchange.Redis's format:
/// <c>host[:port][,password=…][,user=…][,defaultDatabase=…][,connectTimeout=…][,syncTimeout=…]</c>.
/// Timeouts are in milliseconds (defaults 5000, as StackExchange.Redis). Other StackExchange options
/// (<c>abortConnect</c>, <c>name</c>, <c>connectRetry</c>, <c>keepAlive</c>, <c>allowAdmin</c>) are accepted and ignored;
/// <c>ssl=true</c> and several endpoints are refused (the built-in client speaks plain TCP to one server).
/// </summary>
public sealed record RedisConfiguration
{
    /// <summary>Default Redis port.</summary>
    public const int DefaultPort = 6379;

    /// <summary>Host name or IP address.</summary>
    public required string Host { get; init; }

    /// <summary>TCP port; default 6379.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>Password for AUTH; null = no AUTH.</summary>
    public string? Password { get; init; }

    /// <summary>ACL user name for AUTH (Redis 6+); null = the default user.</summary>
    public string? User { get; init; }

    /// <summary>Database index selected with SELECT after connecting; default 0.</summary>
    public int Database { get; init; }

    /// <summary>Connect (TCP + AUTH + SELECT) timeout; default 5 s.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Timeout of one command (from sending to its reply); default 5 s.</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Parses a configuration string.</summary>
    /// <exception cref="FormatException">Malformed string, unknown-format value, <c>ssl=true</c> or several endpoints.</exception>
    public static RedisConfiguration Parse(string configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string? endpoint = null;
        string? password = null, user = null;
        int database = 0, connectTimeout = 5000, syncTimeout = 5000;
        foreach (var rawPart in configuration.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = rawPart.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                if (endpoint is not null)
                {
                    throw new FormatException("Redis:Configuration names several endpoints; the built-in Redis client connects to one server.");
                }

                endpoint = rawPart;
                continue;
            }

            var name = rawPart[..equals].Trim();
            var value = rawPart[(equals + 1)..].Trim();
            switch (name.ToLowerInvariant())
            {
                case "password":
                    password = value;
                    break;
                case "user":
                    user = value;
                    break;
                case "defaultdatabase":
                    database = ParseInt(name, value, 0);
                    break;
                case "connecttimeout":
                    connectTimeout = ParseInt(name, value, 1);
                    break;
                case "synctimeout":
                case "asynctimeout":
                    syncTimeout = ParseInt(name, value, 1);
                    break;
                case "ssl":
                    if (bool.TryParse(value, out var ssl) && ssl)
                    {
                        throw new FormatException("Redis:Configuration asks for ssl=true; the built-in Redis client does not support TLS.");
                    }

                    break;
                case "abortconnect":
                case "name":
                case "connectretry":
                case "keepalive":
                case "allowadmin":
                    break;
                default:
                    throw new FormatException($"Unknown Redis:Configuration option '{name}'.");
            }
        }

        if (string.IsNullOrEmpty(endpoint))
        {
            throw new FormatException("Redis:Configuration has no host (expected 'host:port[,password=…]').");
        }

        var host = endpoint;
        var port = DefaultPort;
        var colon = endpoint.LastIndexOf(':');
        if (colon > 0 && !endpoint.EndsWith(']'))
        {
            host = endpoint[..colon];
            port = ParseInt("port", endpoint[(colon + 1)..], 1);
        }

        return new RedisConfiguration
        {
            Host = host.Trim('[', ']'),
            Port = port,
            Password = string.IsNullOrEmpty(password) ? null : password,
            User = string.IsNullOrEmpty(user) ? null : user,
            Database = database,
            ConnectTimeout = TimeSpan.FromMilliseconds(connectTimeout),
            CommandTimeout = TimeSpan.FromMilliseconds(syncTimeout),
        };
    }

    /// <summary>The configuration without the password (for logs).</summary>
    public override string ToString() =>
        $"{Host}:{Port.ToString(CultureInfo.InvariantCulture)},defaultDatabase={Database.ToString(CultureInfo.InvariantCulture)}" +
        (Password is null ? "" : ",password=***");

    private static int ParseInt(string name, string value, int minimum) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var result) && result >= minimum
            ? result
            : throw new FormatException($"Redis:Configuration option '{name}' must be an integer ≥ {minimum.ToString(CultureInfo.InvariantCulture)} (got '{value}').");
}
