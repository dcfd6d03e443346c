using Microsoft.Extensions.Caching.Distributed;

namespace FitSaaS.Framework.Caching;

/// <summary>
/// A typed, tenant-aware cache over <see cref="IDistributedCache"/>: items are JSON; keys are
/// <c>{KeyPrefix}t:{tenantId},c:{cacheName},k:{key}</c> for a tenant and <c>{KeyPrefix}c:{cacheName},k:{key}</c> for the
/// host or for <see cref="CacheNameAttribute.HostWide"/> items. A failing store (an exception or a timeout from Redis) never
/// fails the caller: the failure is logged (at most once per <see cref="FitSaaSDistributedCacheOptions.FailureLogInterval"/>)
/// and the call behaves as a miss (get), or does nothing (set, remove).
/// </summary>
/// <typeparam name="TItem">The cached item type (JSON-serializable).</typeparam>
public interface IDistributedCache<TItem>
    where TItem : class
{
    /// <summary>The item, or null when missing, expired or the store is unavailable.</summary>
    Task<TItem?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Stores an item (<paramref name="options"/> null = the default entry options).</summary>
    Task SetAsync(string key, TItem item, DistributedCacheEntryOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Removes an item.</summary>
    Task RemoveAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// The cached item, or the <paramref name="factory"/>'s item, then cached. Within this process only one factory runs per
    /// key at a time: concurrent callers for the same key wait and get the item it produced. The factory's exceptions propagate
    /// (nothing is cached); the store's never do.
    /// </summary>
    Task<TItem> GetOrAddAsync(string key, Func<Task<TItem>> factory, DistributedCacheEntryOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>The store key used for <paramref name="key"/> in the current tenant.</summary>
    string NormalizeKey(string key);
}
