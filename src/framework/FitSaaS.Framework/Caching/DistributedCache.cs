using System.Collections.Concurrent;
using System.Text.Json;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FitSaaS.Framework.Caching;

/// <summary>Default <see cref="IDistributedCache{TItem}"/> (a singleton per item type).</summary>
/// <typeparam name="TItem">The cached item type.</typeparam>
public sealed class DistributedCache<TItem> : IDistributedCache<TItem>
    where TItem : class
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly IDistributedCache _store;
    private readonly ICurrentTenant _currentTenant;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly FitSaaSDistributedCacheOptions _options;
    private readonly string _cacheName;
    private readonly bool _hostWide;
    private readonly ConcurrentDictionary<string, KeyLock> _locks = new(StringComparer.Ordinal);
    private readonly Lock _failureGate = new();
    private DateTimeOffset _nextFailureLog = DateTimeOffset.MinValue;
    private int _suppressedFailures;

    /// <summary>Creates the cache for <typeparamref name="TItem"/>.</summary>
    public DistributedCache(IDistributedCache store, ICurrentTenant currentTenant, IOptions<FitSaaSDistributedCacheOptions> options,
        ILogger<DistributedCache<TItem>> logger, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _currentTenant = currentTenant ?? throw new ArgumentNullException(nameof(currentTenant));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _options = options.Value;
        _cacheName = DistributedCacheKeys.CacheNameOf(typeof(TItem));
        _hostWide = DistributedCacheKeys.IsHostWide(typeof(TItem));
    }

    /// <inheritdoc/>
    public string NormalizeKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return DistributedCacheKeys.Normalize(_options.KeyPrefix, _hostWide ? null : _currentTenant.Id, _cacheName, key);
    }

    /// <inheritdoc/>
    public Task<TItem?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        GetCoreAsync(NormalizeKey(key), cancellationToken);

    /// <inheritdoc/>
    public Task SetAsync(string key, TItem item, DistributedCacheEntryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        return SetCoreAsync(NormalizeKey(key), item, options, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task RemoveAsync(string key, CancellationToken cancellationToken = default)
    {
        var storeKey = NormalizeKey(key);
        try
        {
            await _store.RemoveAsync(storeKey, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsStoreFailure(ex, cancellationToken))
        {
            LogFailure(ex, "remove", storeKey);
        }
    }

    /// <inheritdoc/>
    public async Task<TItem> GetOrAddAsync(string key, Func<Task<TItem>> factory, DistributedCacheEntryOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var storeKey = NormalizeKey(key);
        var cached = await GetCoreAsync(storeKey, cancellationToken).ConfigureAwait(false);
        if (cached is not null)
        {
            return cached;
        }

        var keyLock = AcquireLockEntry(storeKey);
        try
        {
            await keyLock.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // A caller that held the lock before us may have just stored the item.
                // (LastValue also serves the waiters of a burst while the store is down, so the factory still runs once.)
                var produced = keyLock.LastValue ?? await GetCoreAsync(storeKey, cancellationToken).ConfigureAwait(false);
                if (produced is not null)
                {
                    return produced;
                }

                var item = await factory().ConfigureAwait(false) ?? throw new InvalidOperationException($"The cache factory for '{storeKey}' returned null.");
                await SetCoreAsync(storeKey, item, options, cancellationToken).ConfigureAwait(false);
                keyLock.LastValue = item;
                return item;
            }
            finally
            {
                keyLock.Semaphore.Release();
            }
        }
        finally
        {
            ReleaseLockEntry(storeKey, keyLock);
        }
    }

    private async Task<TItem?> GetCoreAsync(string storeKey, CancellationToken cancellationToken)
    {
        byte[]? bytes;
        try
        {
            bytes = await _store.GetAsync(storeKey, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsStoreFailure(ex, cancellationToken))
        {
            LogFailure(ex, "get", storeKey);
            return null;
        }

        if (bytes is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<TItem>(bytes, Json);
        }
        catch (JsonException ex)
        {
            // An item written by an older shape of TItem: treat as a miss, the source of truth answers and overwrites it.
            LogFailure(ex, "deserialize", storeKey);
            return null;
        }
    }

    private async Task SetCoreAsync(string storeKey, TItem item, DistributedCacheEntryOptions? options, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(item, Json);
        try
        {
            await _store.SetAsync(storeKey, bytes, options ?? _options.DefaultEntryOptions, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsStoreFailure(ex, cancellationToken))
        {
            LogFailure(ex, "set", storeKey);
        }
    }

    private static bool IsStoreFailure(Exception ex, CancellationToken cancellationToken) =>
        !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested) && ex is not ArgumentException;

    private void LogFailure(Exception ex, string operation, string storeKey)
    {
        int suppressed;
        lock (_failureGate)
        {
            var now = _time.GetUtcNow();
            if (now < _nextFailureLog)
            {
                _suppressedFailures++;
                return;
            }

            _nextFailureLog = now + _options.FailureLogInterval;
            suppressed = _suppressedFailures;
            _suppressedFailures = 0;
        }

        _logger.LogWarning(ex,
            "Cache {CacheName} unavailable ({Operation} {Key}): {Error}; the source of truth answers instead. {Suppressed} similar failure(s) since the last log",
            _cacheName, operation, storeKey, ex.Message, suppressed);
    }

    private KeyLock AcquireLockEntry(string storeKey)
    {
        while (true)
        {
            var entry = _locks.GetOrAdd(storeKey, static _ => new KeyLock());
            lock (entry)
            {
                if (entry.Users >= 0)
                {
                    entry.Users++;
                    return entry;
                }
            }

            // The entry was just retired by its last user; take a fresh one.
        }
    }

    private void ReleaseLockEntry(string storeKey, KeyLock entry)
    {
        lock (entry)
        {
            if (--entry.Users > 0)
            {
                return;
            }

            entry.Users = -1;
        }

        _locks.TryRemove(new KeyValuePair<string, KeyLock>(storeKey, entry));
    }

    /// <summary>The per-key async lock; lives while someone uses it, so a burst of waiters shares the loaded value.</summary>
    private sealed class KeyLock
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }

        public TItem? LastValue { get; set; }
    }
}
