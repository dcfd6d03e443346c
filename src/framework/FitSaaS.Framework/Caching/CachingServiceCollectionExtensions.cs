using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FitSaaS.Framework.Caching;

/// <summary>Registers the distributed cache.</summary>
public static class CachingServiceCollectionExtensions
{
    /// <summary>
    /// Configuration key of the Redis connection string (ABP's name; a StackExchange.Redis configuration string such as
    /// <c>redis.example:6380,ssl=true,password=…,defaultDatabase=2</c>); absent or empty = in-memory cache.
    /// </summary>
    public const string RedisConfigurationKey = "Redis:Configuration";

    /// <summary>
    /// Configuration key of <see cref="FitSaaSDistributedCacheOptions.KeyPrefix"/> (<c>Cache:KeyPrefix</c>, environment variable
    /// <c>Cache__KeyPrefix</c>): lets several applications (or test hosts) share one Redis; default empty.
    /// </summary>
    public const string KeyPrefixKey = "Cache:KeyPrefix";

    /// <summary>Configuration key of <see cref="FitSaaSDistributedCacheOptions.LocalCopyDuration"/> (<c>Cache:LocalCopyDuration</c>, a TimeSpan).</summary>
    public const string LocalCopyDurationKey = "Cache:LocalCopyDuration";

    /// <summary>
    /// Registers <see cref="IDistributedCache{TItem}"/> and, when <c>Redis:Configuration</c> is absent, the in-process memory
    /// cache behind it (embedded profile, one instance only). The key prefix comes from <c>Cache:KeyPrefix</c>.
    /// </summary>
    /// <remarks>
    /// This assembly is reachable from the client packages, so the Redis provider lives in its own server-side assembly
    /// (<c>FitSaaS.Framework.Caching.StackExchangeRedis</c>, whose module replaces the store). When <c>Redis:Configuration</c>
    /// is set but no such module is loaded, resolving <see cref="IDistributedCache"/> throws
    /// <see cref="InvalidOperationException"/> instead of silently caching per instance.
    /// </remarks>
    public static IServiceCollection AddFitSaaSDistributedCache(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var keyPrefix = configuration[KeyPrefixKey];
        var localCopyDuration = configuration.GetValue<TimeSpan?>(LocalCopyDurationKey);
        services.AddOptions<FitSaaSDistributedCacheOptions>().Configure(options =>
        {
            if (!string.IsNullOrEmpty(keyPrefix))
            {
                options.KeyPrefix = keyPrefix;
            }

            if (localCopyDuration is { } duration)
            {
                options.LocalCopyDuration = duration;
            }
        });
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(typeof(IDistributedCache<>), typeof(DistributedCache<>));
        services.TryAddSingleton<CacheStamps>();
        if (string.IsNullOrWhiteSpace(configuration[RedisConfigurationKey]))
        {
            services.AddDistributedMemoryCache();
            return services;
        }

        services.TryAddSingleton<IDistributedCache>(_ => throw new InvalidOperationException(
            $"{RedisConfigurationKey} is set, but no Redis cache provider is registered: the root module must depend on " +
            "FitSaaSCachingStackExchangeRedisModule (assembly FitSaaS.Framework.Caching.StackExchangeRedis)."));
        return services;
    }
}
