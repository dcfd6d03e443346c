using System.Buffers.Binary;
using Microsoft.Extensions.Caching.Distributed;

namespace FitSaaS.Framework.Caching.Redis;

/// <summary>
/// <see cref="IDistributedCache"/> on Redis through <see cref="RedisConnection"/>, using only GET, SET … PX, PEXPIRE and DEL.
/// </summary>
/// <remarks>
/// Sliding expiry: each value is stored as one string: a 16-byte header (absolute expiry as Unix milliseconds, −1 = none;
/// sliding window in milliseconds, −1 = none; both little-endian) followed by the payload, with a Redis TTL of
/// min(sliding window, time left to the absolute expiry). A read (GET, or <see cref="RefreshAsync"/>) of a sliding entry
/// follows up with PEXPIRE to the same bound computed from the header, so the key lives while it is being read and never
/// past its absolute expiry. Redis itself removes expired keys, so no scan or clean-up job is needed. This is simpler than
/// Microsoft's Redis cache (a hash with three fields and a Lua script) and equally correct; the one race — a value replaced
/// between the GET and the PEXPIRE — only moves that new value's TTL to the old entry's window, never beyond an absolute expiry
/// still in the future for the old entry.
/// </remarks>
public sealed class RedisDistributedCache(RedisConnection connection, TimeProvider timeProvider) : IDistributedCache
{
    private const int HeaderLength = 16;

    /// <inheritdoc/>
    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    /// <inheritdoc/>
    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var reply = await connection.ExecuteAsync(["GET", key], token).ConfigureAwait(false);
        if (reply.Bytes is not { Length: >= HeaderLength } stored)
        {
            return null;
        }

        await SlideAsync(key, stored, token).ConfigureAwait(false);
        return stored.AsSpan(HeaderLength).ToArray();
    }

    /// <inheritdoc/>
    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException">The absolute expiry is not in the future.</exception>
    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        var now = timeProvider.GetUtcNow();
        DateTimeOffset? absolute = options.AbsoluteExpirationRelativeToNow is { } relative ? now + relative : options.AbsoluteExpiration;
        if (absolute <= now)
        {
            throw new ArgumentOutOfRangeException(nameof(options), absolute, "The absolute expiration value must be in the future.");
        }

        var sliding = options.SlidingExpiration;
        var stored = new byte[HeaderLength + value.Length];
        BinaryPrimitives.WriteInt64LittleEndian(stored, absolute?.ToUnixTimeMilliseconds() ?? -1);
        BinaryPrimitives.WriteInt64LittleEndian(stored.AsSpan(8), sliding is { } s ? (long)s.TotalMilliseconds : -1);
        value.CopyTo(stored, HeaderLength);

        var ttl = TimeToLive(absolute?.ToUnixTimeMilliseconds() ?? -1, sliding is { } w ? (long)w.TotalMilliseconds : -1, now);
        object[] command = ttl is { } px ? ["SET", key, stored, "PX", Math.Max(1, px)] : ["SET", key, stored];
        await connection.ExecuteAsync(command, token).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    /// <inheritdoc/>
    public async Task RefreshAsync(string key, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var reply = await connection.ExecuteAsync(["GET", key], token).ConfigureAwait(false);
        if (reply.Bytes is { Length: >= HeaderLength } stored)
        {
            await SlideAsync(key, stored, token).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    /// <inheritdoc/>
    public async Task RemoveAsync(string key, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await connection.ExecuteAsync(["DEL", key], token).ConfigureAwait(false);
    }

    private async Task SlideAsync(string key, byte[] stored, CancellationToken token)
    {
        var sliding = BinaryPrimitives.ReadInt64LittleEndian(stored.AsSpan(8));
        if (sliding <= 0)
        {
            return;
        }

        var absolute = BinaryPrimitives.ReadInt64LittleEndian(stored);
        if (TimeToLive(absolute, sliding, timeProvider.GetUtcNow()) is { } ttl and > 0)
        {
            await connection.ExecuteAsync(["PEXPIRE", key, ttl], token).ConfigureAwait(false);
        }
    }

    private static long? TimeToLive(long absoluteUnixMs, long slidingMs, DateTimeOffset now)
    {
        long? left = absoluteUnixMs >= 0 ? absoluteUnixMs - now.ToUnixTimeMilliseconds() : null;
        return slidingMs > 0 ? Math.Min(slidingMs, left ?? long.MaxValue) : left;
    }
}
