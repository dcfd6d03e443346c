using FitSaaS.Framework.Caching.Redis;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Framework.Caching;

/// <summary>Registers the distributed cache.</summary>
public static class CachingServiceCollectionExtensions
{
    /// <summary>Configuration key of the Redis connection string (ABP's name); absent or empty = in-memory cache.</summary>
    public const string RedisConfigurationKey = "Redis:Configuration";

    /// <summary>
    /// Configuration key of <see cref="FitSaaSDistributedCacheOptions.KeyPrefix"/> (<c>Cache:KeyPrefix</c>, environment variable
    /// <c>Cache__KeyPrefix</c>): lets several applications (or test hosts) share one Redis; default empty.
    /// </summary>
    public const string KeyPrefixKey = "Cache:KeyPrefix";

    /// <summary>
    /// Registers <see cref="IDistributedCache{TItem}"/> and the store behind it: Redis (<see cref="RedisDistributedCache"/>)
    /// when <c>Redis:Configuration</c> is set (also as the environment variable <c>Redis__Configuration</c>), otherwise the
    /// in-process memory cache (embedded profile, one instance only). The key prefix comes from <c>Cache:KeyPrefix</c>.
    /// </summary>
    /// <exception cref="FormatException">A malformed <c>Redis:Configuration</c> (see <see cref="RedisConfiguration.Parse"/>).</exception>
    public static IServiceCollection AddFitSaaSDistributedCache(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var keyPrefix = configuration[KeyPrefixKey];
        services.AddOptions<FitSaaSDistributedCacheOptions>().Configure(options =>
        {
            if (!string.IsNullOrEmpty(keyPrefix))
            {
                options.KeyPrefix = keyPrefix;
            }
        });
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(typeof(IDistributedCache<>), typeof(DistributedCache<>));
        services.TryAddSingleton<CacheStamps>();
        var redis = configuration[RedisConfigurationKey];
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddDistributedMemoryCache();
            return services;
        }

        var parsed = RedisConfiguration.Parse(redis);
        services.TryAddSingleton(sp => new RedisConnection(parsed, sp.GetRequiredService<ILogger<RedisConnection>>(), sp.GetRequiredService<TimeProvider>()));
        services.Replace(ServiceDescriptor.Singleton<IDistributedCache>(sp =>
            new RedisDistributedCache(sp.GetRequiredService<RedisConnection>(), sp.GetRequiredService<TimeProvider>())));
        return services;
    }
}
