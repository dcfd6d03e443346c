using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Backplane.StackExchangeRedis;
using ZiggyCreatures.Caching.Fusion.Serialization.SystemTextJson;

namespace FitSaaS.Framework.Caching.StackExchangeRedis;

/// <summary>
/// The kit's FusionCache instance behind <see cref="HybridDistributedCache{TItem}"/> (a singleton; the application's own
/// <c>IFusionCache</c>, if it registers one, is left alone): local memory, the kit's Redis store (<see cref="IDistributedCache"/>,
/// fail-fast) as the second level with the kit's keys unchanged, items as JSON (web defaults), and the Redis backplane on
/// the shared multiplexer — channel <c>{Cache:KeyPrefix}FitSaaS.Backplane</c>, so applications sharing a Redis under
/// different prefixes never drop each other's entries. After a Redis failure the store (and the backplane) is skipped for
/// <see cref="FailFastDistributedCache.DefaultBreakDuration"/>, so an outage is logged once per break, not per call.
/// While Redis is not connected (<see cref="IsRedisConnected"/>) no instance can hear the others' announcements, so the local
/// copies are dropped when a connection fails and <see cref="HybridDistributedCache{TItem}"/> answers as the plain Redis cache
/// does (the source of truth answers) until Redis is back.
/// </summary>
public sealed class FitSaaSFusionCache : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly MemoryCache _local = new(new MemoryCacheOptions());
    private readonly RedisConnectionProvider _connection;
    private readonly SubscriptionAwareBackplane _backplane;
    private int _watching;

    /// <summary>Creates the instance.</summary>
    public FitSaaSFusionCache(IDistributedCache store, RedisConnectionProvider connection, IOptions<FitSaaSDistributedCacheOptions> options,
        ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _connection = connection;
        var fusionOptions = new FusionCacheOptions
        {
            CacheName = "FitSaaS",
            BackplaneChannelPrefix = $"{options.Value.KeyPrefix}FitSaaS",
            DistributedCacheKeyModifierMode = CacheKeyModifierMode.None,
            DistributedCacheCircuitBreakerDuration = FailFastDistributedCache.DefaultBreakDuration,
            BackplaneCircuitBreakerDuration = FailFastDistributedCache.DefaultBreakDuration,
            ReThrowOriginalExceptions = true,

            // Two start-up warnings that do not apply here, lowered to Debug as FusionCache's messages advise: every key is
            // already prefixed (DistributedCacheKeys: the configured KeyPrefix and the item type), and cached items are
            // the kit's DTO classes and records, serialized as the plain Redis cache serializes them (no value tuples).
            MissingCacheKeyPrefixWarningLogLevel = LogLevel.Debug,
            SerializationConfigIssuesLogLevel = LogLevel.Debug,
        };
        var cache = new FusionCache(fusionOptions, _local, loggerFactory.CreateLogger<FusionCache>());
        try
        {
            cache.SetupDistributedCache(store, new FusionCacheSystemTextJsonSerializer(Json));
            _backplane = new SubscriptionAwareBackplane(new RedisBackplane(
                new RedisBackplaneOptions { ConnectionMultiplexerFactory = connection.ConnectAsync },
                loggerFactory.CreateLogger<RedisBackplane>()));
            cache.SetupBackplane(_backplane); // subscribes in the background
        }
        catch
        {
            cache.Dispose();
            throw;
        }

        Cache = cache;
    }

    /// <summary>The FusionCache instance.</summary>
    public IFusionCache Cache { get; }

    /// <summary>
    /// Whether the shared Redis connection is open and connected and the backplane subscription in place, so that this instance
    /// hears the others' announcements. The first call on an open connection starts watching it: when it fails, every local
    /// copy is dropped.
    /// </summary>
    public bool IsRedisConnected
    {
        get
        {
            if (_connection.Opened is not { } multiplexer || !_backplane.IsSubscribed)
            {
                return false;
            }

            if (Volatile.Read(ref _watching) == 0 && Interlocked.Exchange(ref _watching, 1) == 0)
            {
                multiplexer.ConnectionFailed += OnConnectionFailed;
            }

            return multiplexer.IsConnected;
        }
    }

    /// <summary>
    /// Waits until the backplane subscription is first in place, at most <paramref name="timeout"/> (a Redis that is down
    /// at start-up does not hold the start back: the cache answers without local copies until it is there).
    /// </summary>
    /// <returns>Whether the subscription is in place.</returns>
    public async Task<bool> WaitUntilSubscribedAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        try
        {
            await _backplane.FirstSubscribed.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_connection.Opened is { } multiplexer && Volatile.Read(ref _watching) == 1)
        {
            multiplexer.ConnectionFailed -= OnConnectionFailed;
        }

        Cache.Dispose();
        _local.Dispose();
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e) => _local.Compact(1.0);
}
