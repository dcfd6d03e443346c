using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Framework.Caching.StackExchangeRedis;

/// <summary>
/// The distributed cache on Redis (ABP's <c>AbpCachingStackExchangeRedisModule</c>): when <c>Redis:Configuration</c> is set,
/// registers the shared multiplexer and the Redis store (<see cref="StackExchangeRedisCachingServiceCollectionExtensions.AddFitSaaSStackExchangeRedisCache"/>)
/// and opens the connection at start-up, so no request waits for the first connect, then starts the local copies' backplane
/// subscription (<see cref="FitSaaSFusionCache"/>, ADR 0037). Server-side only: client packages never
/// reference this assembly.
/// </summary>
[DependsOn(typeof(FitSaaSFrameworkModule))]
public sealed class FitSaaSCachingStackExchangeRedisModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.AddFitSaaSStackExchangeRedisCache(context.Configuration);
    }

    /// <inheritdoc/>
    public override async Task OnApplicationInitializationAsync(ApplicationInitializationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ServiceProvider.GetService<RedisConnectionProvider>() is { } connection)
        {
            await connection.ConnectAsync().ConfigureAwait(false);

            // The local copies' backplane subscribes before the host serves (bounded by the connect timeout: with Redis down
            // the cache answers without local copies until it is back).
            if (context.ServiceProvider.GetService<FitSaaSFusionCache>() is { } cache)
            {
                await cache.WaitUntilSubscribedAsync(TimeSpan.FromMilliseconds(connection.Options.ConnectTimeout)).ConfigureAwait(false);
            }
        }
    }
}
