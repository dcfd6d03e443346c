using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace FitSaaS.Framework.Caching.StackExchangeRedis;

/// <summary>Registers the Redis store of the distributed cache.</summary>
public static class StackExchangeRedisCachingServiceCollectionExtensions
{
    /// <summary>
    /// When <c>Redis:Configuration</c> is set: the shared <see cref="IConnectionMultiplexer"/> (a singleton, see
    /// <see cref="RedisConnectionProvider"/>) configured by <see cref="RedisConnectionConfiguration"/>, and the store behind
    /// <see cref="IDistributedCache{TItem}"/> replaced by Microsoft.Extensions.Caching.StackExchangeRedis's
    /// <see cref="RedisCache"/> over that multiplexer, wrapped in <see cref="FailFastDistributedCache"/> (bounded by the
    /// multiplexer's <c>asyncTimeout</c>), and <see cref="IDistributedCache{TItem}"/> replaced by <see cref="HybridDistributedCache{TItem}"/>
    /// (a local copy per instance, invalidated across instances through the Redis backplane, ADR 0037). Without <c>Redis:Configuration</c> nothing is registered and the in-memory store
    /// stays. Call it after <see cref="CachingServiceCollectionExtensions.AddFitSaaSDistributedCache"/> (the module does).
    /// </summary>
    /// <exception cref="FormatException">A malformed <c>Redis:Configuration</c>.</exception>
    public static IServiceCollection AddFitSaaSStackExchangeRedisCache(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var redis = configuration[CachingServiceCollectionExtensions.RedisConfigurationKey];
        if (string.IsNullOrWhiteSpace(redis))
        {
            return services;
        }

        var options = RedisConnectionConfiguration.Create(redis, configuration[RedisConnectionConfiguration.TrustIssuerKey]);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new RedisConnectionProvider(options, sp.GetRequiredService<ILogger<RedisConnectionProvider>>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<RedisConnectionProvider>().Multiplexer);
        services.AddOptions<RedisCacheOptions>().Configure<RedisConnectionProvider>((cacheOptions, connection) =>
            cacheOptions.ConnectionMultiplexerFactory = connection.ConnectAsync);
        services.Replace(ServiceDescriptor.Singleton<IDistributedCache>(sp => new FailFastDistributedCache(
            new RedisCache(sp.GetRequiredService<IOptions<RedisCacheOptions>>()),
            TimeSpan.FromMilliseconds(options.AsyncTimeout),
            FailFastDistributedCache.DefaultBreakDuration,
            sp.GetRequiredService<TimeProvider>())));

        // A local copy in each instance, kept coherent by the Redis backplane (ADR 0037).
        services.TryAddSingleton<FitSaaSFusionCache>();
        services.Replace(ServiceDescriptor.Singleton(typeof(IDistributedCache<>), typeof(HybridDistributedCache<>)));
        return services;
    }
}
