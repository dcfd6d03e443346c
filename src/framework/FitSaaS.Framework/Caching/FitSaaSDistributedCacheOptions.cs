using Microsoft.Extensions.Caching.Distributed;

namespace FitSaaS.Framework.Caching;

/// <summary>Options of <see cref="IDistributedCache{TItem}"/>.</summary>
public sealed class FitSaaSDistributedCacheOptions
{
    /// <summary>Prefix of every key, to share one Redis between applications; default empty.</summary>
    public string KeyPrefix { get; set; } = "";

    /// <summary>Entry options used when a call gives none; default: 20 minutes sliding (as ABP).</summary>
    public DistributedCacheEntryOptions DefaultEntryOptions { get; set; } = new() { SlidingExpiration = TimeSpan.FromMinutes(20) };

    /// <summary>
    /// With Redis (<c>Redis:Configuration</c>): how long an instance keeps its local copy of an entry at most (default 1 minute;
    /// configuration <c>Cache:LocalCopyDuration</c>). Changes reach every instance at once through the Redis backplane; this
    /// bounds how long an instance that missed an announcement (a dropped subscription) can serve an old entry. Without Redis
    /// there is one instance and no local copy.
    /// </summary>
    public TimeSpan LocalCopyDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Minimum time between two logged cache failures of one cache (the rest are counted); default 30 s.</summary>
    public TimeSpan FailureLogInterval { get; set; } = TimeSpan.FromSeconds(30);
}
