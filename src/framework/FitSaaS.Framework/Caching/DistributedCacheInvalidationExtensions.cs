namespace FitSaaS.Framework.Caching;

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
