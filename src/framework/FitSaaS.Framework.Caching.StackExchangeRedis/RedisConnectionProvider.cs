using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace FitSaaS.Framework.Caching.StackExchangeRedis;

/// <summary>
/// Owns the process's one StackExchange.Redis <see cref="IConnectionMultiplexer"/>, shared by the distributed cache, the
/// Redis readiness check and (later) the SignalR backplane: registered as a singleton <see cref="IConnectionMultiplexer"/>.
/// The connection is opened once, on first use or at module initialization (<see cref="ConnectAsync"/>); with the kit's
/// defaults (<see cref="RedisConnectionConfiguration"/>) a Redis that is down at start-up does not stop the application — the
/// multiplexer reconnects in the background and meanwhile every command fails at once. Connection losses and restorations are
/// logged once per change (endpoint, database and failure type; never the password).
/// </summary>
public sealed partial class RedisConnectionProvider : IAsyncDisposable, IDisposable
{
    private readonly ConfigurationOptions _options;
    private readonly ILogger _logger;
    private readonly Lazy<Task<ConnectionMultiplexer>> _connection;
    private readonly string _description;
    private volatile ConnectionMultiplexer? _connected;
    private int _reportedDown;

    /// <summary>Creates the provider; nothing is opened before <see cref="ConnectAsync"/> or <see cref="Multiplexer"/>.</summary>
    public RedisConnectionProvider(ConfigurationOptions options, ILogger<RedisConnectionProvider> logger)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _description = RedisConnectionConfiguration.Describe(options);
        _connection = new(ConnectCoreAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The options the multiplexer is (or will be) created with.</summary>
    public ConfigurationOptions Options => _options;

    /// <summary>
    /// The shared multiplexer, once <see cref="ConnectAsync"/> has opened it (the caching module does at application
    /// initialization, before the host serves anything). Never waits.
    /// </summary>
    /// <exception cref="InvalidOperationException"><see cref="ConnectAsync"/> has not completed yet.</exception>
    public IConnectionMultiplexer Multiplexer =>
        _connected
            ?? throw new InvalidOperationException("The Redis connection is not open yet: await RedisConnectionProvider.ConnectAsync first (the caching module does it at application initialization).");

    /// <summary>The shared multiplexer once <see cref="ConnectAsync"/> has opened it, else null. Never waits.</summary>
    public IConnectionMultiplexer? Opened => _connected;

    /// <summary>Opens the shared multiplexer (once) and returns it; connected or still reconnecting in the background.</summary>
    /// <exception cref="RedisConnectionException">The configuration says <c>abortConnect=true</c> and Redis could not be reached.</exception>
    public async Task<IConnectionMultiplexer> ConnectAsync() => _connected = await _connection.Value.ConfigureAwait(false);

    /// <inheritdoc/>
    public void Dispose()
    {
        _connected?.Dispose();
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_connected is { } connected)
        {
            await connected.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<ConnectionMultiplexer> ConnectCoreAsync()
    {
        var multiplexer = await ConnectionMultiplexer.ConnectAsync(_options).ConfigureAwait(false);
        multiplexer.ConnectionFailed += OnConnectionFailed;
        multiplexer.ConnectionRestored += OnConnectionRestored;
        if (multiplexer.IsConnected)
        {
            LogConnected(_logger, _description);
        }
        else if (Interlocked.Exchange(ref _reportedDown, 1) == 0)
        {
            LogUnreachable(_logger, _description);
        }

        return multiplexer;
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType == ConnectionType.Interactive && Interlocked.Exchange(ref _reportedDown, 1) == 0)
        {
            LogConnectionLost(_logger, _description, e.FailureType, e.Exception?.GetType().Name);
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType == ConnectionType.Interactive && Interlocked.Exchange(ref _reportedDown, 0) == 1)
        {
            LogConnectionRestored(_logger, _description);
        }
    }

    [LoggerMessage(1, LogLevel.Information, "Connected to Redis {Server}.")]
    private static partial void LogConnected(ILogger logger, string server);

    [LoggerMessage(2, LogLevel.Warning, "Redis {Server} cannot be reached; the cache falls back to the database and the connection is retried in the background.")]
    private static partial void LogUnreachable(ILogger logger, string server);

    [LoggerMessage(3, LogLevel.Warning, "Lost the connection to Redis {Server} ({FailureType}, {ExceptionType}); the cache falls back to the database until it returns.")]
    private static partial void LogConnectionLost(ILogger logger, string server, ConnectionFailureType failureType, string? exceptionType);

    [LoggerMessage(4, LogLevel.Information, "Connection to Redis {Server} restored.")]
    private static partial void LogConnectionRestored(ILogger logger, string server);
}
