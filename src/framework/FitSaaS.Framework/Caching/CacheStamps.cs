using System.Runtime.CompilerServices;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.Caching.Distributed;

namespace FitSaaS.Framework.Caching;

/// <summary>A stamp stored by <see cref="CacheStamps"/>: a random value that changes whenever its data changes.</summary>
/// <param name="Stamp">32 hexadecimal characters.</param>
[CacheName("FitSaaS.CacheStamps", HostWide = true)]
public sealed record CacheStampItem(string Stamp);

/// <summary>
/// Named stamps in the distributed cache, for data that cannot be invalidated key by key (every grant set of a tenant,
/// every tenant's feature values when an edition changes): the stamp is part of the data's cache keys, and
/// <see cref="RenewAsync"/> (after commit) makes every key built with the old stamp unreachable at once, on every instance
/// sharing the store. A missing stamp (never set, expired after <see cref="StampLifetime"/>, evicted, or the store down) is
/// replaced by a new random one <em>before</em> the caller loads its data, so a load never lands under a stamp older than
/// a change it did not see. The stamp's name must carry the tenant id when the data is a tenant's.
/// </summary>
public sealed class CacheStamps(IDistributedCache<CacheStampItem> cache)
{
    /// <summary>How long a stamp lives without renewal (1 hour); its data is then reloaded once.</summary>
    public static readonly TimeSpan StampLifetime = TimeSpan.FromHours(1);

    private static readonly DistributedCacheEntryOptions EntryOptions = new() { AbsoluteExpirationRelativeToNow = StampLifetime };

    /// <summary>The current stamp of <paramref name="name"/>, creating (and storing) a new one when there is none.</summary>
    public async Task<string> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (await cache.GetAsync(name, cancellationToken).ConfigureAwait(false) is { } item)
        {
            return item.Stamp;
        }

        var stamp = NewStamp();
        await cache.SetAsync(name, new CacheStampItem(stamp), EntryOptions, cancellationToken).ConfigureAwait(false);
        return stamp;
    }

    /// <summary>Replaces the stamp of <paramref name="name"/> by a new random one (never fails: a store outage is logged by the cache).</summary>
    public Task RenewAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return cache.SetAsync(name, new CacheStampItem(NewStamp()), EntryOptions, cancellationToken);
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}

/// <summary>
/// Remembers, per unit of work, which cached data it changed and has not committed yet: readers in that unit of work
/// bypass the shared cache for such data (they read their own change from the database and cache nothing), so an
/// uncommitted — possibly rolled-back — value never reaches the cache that other requests and instances read. The marks die
/// with the unit of work (commit, rollback or disposal); the caller invalidates the shared entries after commit.
/// </summary>
public static class UnitOfWorkCacheExtensions
{
    private static readonly ConditionalWeakTable<IUnitOfWork, HashSet<string>> Changes = [];

    /// <summary>Marks <paramref name="dataKey"/> (a name chosen by the cache, e.g. <c>tenant:{id}</c>) as changed in <paramref name="unitOfWork"/>.</summary>
    public static void MarkCacheDataChanged(this IUnitOfWork unitOfWork, string dataKey)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        ArgumentException.ThrowIfNullOrEmpty(dataKey);
        var keys = Changes.GetOrCreateValue(unitOfWork);
        lock (keys)
        {
            keys.Add(dataKey);
        }
    }

    /// <summary>True when <paramref name="unitOfWork"/> (null = none: false) changed <paramref name="dataKey"/> and has not committed yet.</summary>
    public static bool HasCacheDataChanged(this IUnitOfWork? unitOfWork, string dataKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataKey);
        if (unitOfWork is null || !Changes.TryGetValue(unitOfWork, out var keys))
        {
            return false;
        }

        lock (keys)
        {
            return keys.Contains(dataKey);
        }
    }
}

/// <summary>Invalidation helpers of <see cref="IDistributedCache{TItem}"/>.</summary>
public static class DistributedCacheInvalidationExtensions
{
    /// <summary>How long after the first removal <see cref="RemoveNowAndSoonAsync{TItem}"/> removes again: 500 ms.</summary>
    public static readonly TimeSpan SecondRemovalDelay = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Removes an entry at once and, in the background, once more after <see cref="SecondRemovalDelay"/>: a reader that loaded
    /// the old value before the change committed but stored it after the first removal (the cache-aside race) is undone
    /// within that delay, so no instance keeps serving the old value. Never fails (store failures are logged by the cache).
    /// Call it after commit.
    /// </summary>
    public static async Task RemoveNowAndSoonAsync<TItem>(this IDistributedCache<TItem> cache, string key, CancellationToken cancellationToken = default)
        where TItem : class
    {
        ArgumentNullException.ThrowIfNull(cache);
        await cache.RemoveAsync(key, cancellationToken).ConfigureAwait(false);
        _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(SecondRemovalDelay, CancellationToken.None).ConfigureAwait(false);
                await cache.RemoveAsync(key, CancellationToken.None).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Best effort in the background: the application (or its cache) may be shutting down.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }, CancellationToken.None);
    }
}
