using Microsoft.Extensions.Caching.Distributed;

namespace FitSaaS.Framework.Caching;

/// <summary>Options of <see cref="IDistributedCache{TItem}"/>.</summary>
public sealed class FitSaaSDistributedCacheOptions
{
    /// <summary>Prefix of every key, to share one Redis between applications; default empty.</summary>
    public string KeyPrefix { get; set; } = "";

    /// <summary>Entry options used when a call gives none; default: 20 minutes sliding (as ABP).</summary>
    public DistributedCacheEntryOptions DefaultEntryOptions { get; set; } = new() { SlidingExpiration = TimeSpan.FromMinutes(20) };

    /// <summary>Minimum time between two logged cache failures of one cache (the rest are counted); default 30 s.</summary>
    public TimeSpan FailureLogInterval { get; set; } = TimeSpan.FromSeconds(30);
}
