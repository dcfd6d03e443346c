using FitSaaS.Framework.Caching;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.Caching.Distributed;

namespace FitSaaS.FeatureManagement;

/// <summary>
/// The per-tenant cache of <see cref="TenantFeatureSnapshot"/>s in the distributed cache (in memory, or Redis shared by
/// every instance), under keys that contain the tenant id and the editions stamp (<c>{tenantId:N}:{stamp}</c>, see
/// <see cref="CacheStamps"/> <c>features:editions</c>). A tenant's entry is removed after the commit of a change to its
/// overrides or edition assignment (and again 500 ms later, see <see cref="DistributedCacheInvalidationExtensions.RemoveNowAndSoonAsync"/>); a change to any edition renews the editions stamp after commit, which makes every
/// tenant's entry unreachable at once. Until the commit, the unit of work that made the change reads the tenant's (or,
/// after an edition change, every tenant's) snapshot from the database and caches nothing, so an uncommitted or
/// rolled-back change never reaches the cache.
/// </summary>
public sealed class FeatureValueCache(IDistributedCache<TenantFeatureCacheItem> cache, CacheStamps stamps) : ISingletonDependency
{
    private const string EditionsStamp = "features:editions";
    private const string AllTenantsChange = "features:*";

    /// <summary>The cache key of a tenant's snapshot under an editions stamp.</summary>
    public static string Key(Guid tenantId, string editionsStamp) => $"{tenantId:N}:{editionsStamp}";

    /// <summary>
    /// The cached snapshot, or the one <paramref name="load"/> returns, cached for the time to live it gives
    /// (at least one second). Not cached while <paramref name="unitOfWork"/> holds an uncommitted change of the tenant's values.
    /// </summary>
    public async Task<TenantFeatureSnapshot> GetOrCreateAsync(Guid tenantId, Func<Task<(TenantFeatureSnapshot Snapshot, TimeSpan TimeToLive)>> load,
        IUnitOfWork? unitOfWork, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (unitOfWork.HasCacheDataChanged(AllTenantsChange) || unitOfWork.HasCacheDataChanged(TenantChange(tenantId)))
        {
            return (await load()).Snapshot;
        }

        // The stamp is read (or created) before loading: an edition change committed after this point renews it, so a
        // snapshot loaded before that change lands under a stamp nobody reads any more.
        var key = Key(tenantId, await stamps.GetAsync(EditionsStamp, cancellationToken));
        if (await cache.GetAsync(key, cancellationToken) is { } cached)
        {
            return cached.Snapshot;
        }

        var (snapshot, timeToLive) = await load();
        var options = new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = timeToLive < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : timeToLive };
        await cache.SetAsync(key, new TenantFeatureCacheItem(snapshot), options, cancellationToken);
        return snapshot;
    }

    /// <summary>
    /// Forgets one tenant's values after <paramref name="unitOfWorkManager"/>'s unit of work commits (meanwhile that unit of
    /// work reads them from the database); at once when there is no unit of work.
    /// </summary>
    public async Task InvalidateTenantAsync(Guid tenantId, IUnitOfWorkManager unitOfWorkManager)
    {
        ArgumentNullException.ThrowIfNull(unitOfWorkManager);
        if (unitOfWorkManager.Current is not { } unitOfWork)
        {
            await RemoveTenantAsync(tenantId);
            return;
        }

        unitOfWork.MarkCacheDataChanged(TenantChange(tenantId));
        unitOfWork.OnCompleted(() => RemoveTenantAsync(tenantId));
    }

    /// <summary>
    /// Forgets every tenant's values after <paramref name="unitOfWorkManager"/>'s unit of work commits (meanwhile that unit
    /// of work reads them from the database); at once when there is no unit of work.
    /// </summary>
    public async Task InvalidateAllAsync(IUnitOfWorkManager unitOfWorkManager)
    {
        ArgumentNullException.ThrowIfNull(unitOfWorkManager);
        if (unitOfWorkManager.Current is not { } unitOfWork)
        {
            await stamps.RenewAsync(EditionsStamp);
            return;
        }

        unitOfWork.MarkCacheDataChanged(AllTenantsChange);
        unitOfWork.OnCompleted(() => stamps.RenewAsync(EditionsStamp));
    }

    private async Task RemoveTenantAsync(Guid tenantId) =>
        await cache.RemoveNowAndSoonAsync(Key(tenantId, await stamps.GetAsync(EditionsStamp).ConfigureAwait(false))).ConfigureAwait(false);

    private static string TenantChange(Guid tenantId) => $"features:{tenantId:N}";
}
