using Microsoft.Extensions.Caching.Distributed;

namespace FitSaaS.Framework.Caching;

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
