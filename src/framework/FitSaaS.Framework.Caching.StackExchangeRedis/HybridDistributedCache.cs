// Why a library: a local copy of a shared cache is only correct with cross-instance invalidation, fail-safe handling of
// the remote store and per-key stampede protection; FusionCache (MIT, well kept) does all three over the IDistributedCache
// we already have and a Redis pub/sub backplane, so the kit keeps only the mapping from its IDistributedCache<TItem>
// contract (ADR 0037).
using System.Runtime.CompilerServices;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;

namespace FitSaaS.Framework.Caching.StackExchangeRedis;

/// <summary>
/// <see cref="IDistributedCache{TItem}"/> on Redis with a local copy in each instance (ADR 0037): reads are answered from
/// process memory while the entry is fresh there, else from Redis (one round trip), else by the factory; writes and removals
/// go to Redis and are announced on a Redis pub/sub channel (FusionCache's backplane) so every other instance drops its
/// local copy of that key at once. A local copy lives at most <see cref="FitSaaSDistributedCacheOptions.LocalCopyDuration"/>
/// (default 1 minute), which bounds how long an instance that missed an announcement (a dropped subscription) can serve it.
/// While this instance cannot hear the announcements (Redis not connected, or the subscription not yet in place) the local
/// copies are dropped and not used: every call goes to Redis, which fails fast when down, and the source of truth answers.
/// Keys and tenancy are those of <see cref="DistributedCacheKeys"/>. A failing Redis never fails the caller (logged, then a
/// miss); the factory's exceptions propagate and nothing is cached. Registered by
/// <see cref="StackExchangeRedisCachingServiceCollectionExtensions.AddFitSaaSStackExchangeRedisCache"/> when
/// <c>Redis:Configuration</c> is set.
/// </summary>
/// <typeparam name="TItem">The cached item type (JSON-serializable; every reader gets its own copy).</typeparam>
public sealed class HybridDistributedCache<TItem> : IDistributedCache<TItem>
    where TItem : class
{
    private readonly FitSaaSFusionCache _fusion;
    private readonly IFusionCache _cache;
    private readonly ICurrentTenant _currentTenant;
    private readonly FitSaaSDistributedCacheOptions _options;
    private readonly string _cacheName;
    private readonly bool _hostWide;
    private readonly FusionCacheEntryOptions _defaultEntry;
    private readonly FusionCacheEntryOptions _defaultRemoteOnly;
    private readonly ConditionalWeakTable<DistributedCacheEntryOptions, MappedEntryOptions> _mappedOptions = new();

    /// <summary>Creates the cache for <typeparamref name="TItem"/> over the kit's <see cref="FitSaaSFusionCache"/>.</summary>
    public HybridDistributedCache(FitSaaSFusionCache cache, ICurrentTenant currentTenant, IOptions<FitSaaSDistributedCacheOptions> options)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(options);
        _fusion = cache;
        _cache = cache.Cache;
        _currentTenant = currentTenant ?? throw new ArgumentNullException(nameof(currentTenant));
        _options = options.Value;
        _cacheName = DistributedCacheKeys.CacheNameOf(typeof(TItem));
        _hostWide = DistributedCacheKeys.IsHostWide(typeof(TItem));
        _defaultEntry = EntryOptions(_options.DefaultEntryOptions, local: true);
        _defaultRemoteOnly = EntryOptions(_options.DefaultEntryOptions, local: false);
    }

    /// <inheritdoc/>
    public string NormalizeKey(string key) =>
        DistributedCacheKeys.Normalize(_options.KeyPrefix, _hostWide ? null : _currentTenant.Id, _cacheName, key);

    /// <inheritdoc/>
    public async Task<TItem?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var found = await _cache.TryGetAsync<TItem>(NormalizeKey(key), EntryFor(null), cancellationToken).ConfigureAwait(false);
        return found.HasValue ? found.Value : null;
    }

    /// <inheritdoc/>
    public async Task SetAsync(string key, TItem item, DistributedCacheEntryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        await _cache.SetAsync(NormalizeKey(key), item, EntryFor(options), token: cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task RemoveAsync(string key, CancellationToken cancellationToken = default) =>
        // Always from the local memory too (harmless when it holds nothing), and announced when the backplane is up.
        await _cache.RemoveAsync(NormalizeKey(key), _defaultEntry, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<TItem> GetOrAddAsync(string key, Func<Task<TItem>> factory, DistributedCacheEntryOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var storeKey = NormalizeKey(key);
        return await _cache.GetOrSetAsync<TItem>(storeKey, async (_, _) =>
                await factory().ConfigureAwait(false) ?? throw new InvalidOperationException($"The cache factory for '{storeKey}' returned null."),
            options: EntryFor(options), token: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The entry options of a call: with the local copy while this instance hears the others' announcements
    /// (<see cref="FitSaaSFusionCache.IsRedisConnected"/>), else Redis only, as the plain cache.
    /// </summary>
    private FusionCacheEntryOptions EntryFor(DistributedCacheEntryOptions? options)
    {
        var local = _fusion.IsRedisConnected;
        if (options is null)
        {
            return local ? _defaultEntry : _defaultRemoteOnly;
        }

        if (options.AbsoluteExpiration is not null)
        {
            return EntryOptions(options, local); // a point in time: its lifetime changes with every call
        }

        // Callers pass their options as shared static instances (every request reads the tenant and the grant stamp with
        // them): map each instance once, not per call (so an instance changed after its first use keeps its first mapping).
        if (!_mappedOptions.TryGetValue(options, out var mapped))
        {
            mapped = _mappedOptions.GetValue(options, o => new MappedEntryOptions(EntryOptions(o, local: true), EntryOptions(o, local: false)));
        }

        return local ? mapped.Local : mapped.RemoteOnly;
    }

    /// <summary>
    /// FusionCache's entry options for <paramref name="options"/>: the Redis entry lives as asked (a sliding expiration becomes
    /// a fixed lifetime of the same length: FusionCache has no sliding expiration), the local copy at most
    /// <see cref="FitSaaSDistributedCacheOptions.LocalCopyDuration"/>.
    /// </summary>
    private FusionCacheEntryOptions EntryOptions(DistributedCacheEntryOptions options, bool local)
    {
        var lifetime = options.AbsoluteExpirationRelativeToNow
            ?? (options.AbsoluteExpiration is { } at ? at - DateTimeOffset.UtcNow : (TimeSpan?)null)
            ?? options.SlidingExpiration
            ?? TimeSpan.FromMinutes(20);
        if (lifetime <= TimeSpan.Zero)
        {
            lifetime = TimeSpan.FromMilliseconds(1);
        }

        return new FusionCacheEntryOptions(lifetime)
        {
            MemoryCacheDuration = lifetime < _options.LocalCopyDuration ? lifetime : _options.LocalCopyDuration,
            DistributedCacheDuration = lifetime,
            // Every reader gets its own copy (items may be mutable); announcements are sent before the write returns, so a
            // change is dropped from the other instances' memory before the caller goes on.
            EnableAutoClone = true,
            AllowBackgroundDistributedCacheOperations = false,
            AllowBackgroundBackplaneOperations = false,
            ReThrowDistributedCacheExceptions = false,
            ReThrowSerializationExceptions = false,
            ReThrowBackplaneExceptions = false,
            IsFailSafeEnabled = false,
            SkipMemoryCacheRead = !local,
            SkipMemoryCacheWrite = !local,
        };
    }

    /// <summary>The two mappings of one <see cref="DistributedCacheEntryOptions"/> instance.</summary>
    private sealed record MappedEntryOptions(FusionCacheEntryOptions Local, FusionCacheEntryOptions RemoteOnly);
}
