using FitSaaS.Framework.Caching;
using FitSaaS.Framework.DependencyInjection;
using Microsoft.Extensions.Caching.Distributed;

namespace FitSaaS.Bookings;

/// <summary>
/// <see cref="ClassSessionSnapshot"/>s in the distributed cache (per tenant, 10 minutes): a member's booking reads its
/// session's snapshot before the lock on every request, and the snapshot rarely changes. No invalidation is needed for
/// correctness: the booking checks the snapshot against the locked session and refreshes the entry when they differ.
/// </summary>
public sealed class ClassSessionSnapshotCache(IClassSessionRepository sessions, IDistributedCache<ClassSessionSnapshot> cache) : ITransientDependency
{
    /// <summary>How long an entry lives: 10 minutes.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(10);

    private static readonly DistributedCacheEntryOptions Entry = new() { AbsoluteExpirationRelativeToNow = Duration };

    /// <summary>
    /// The session's snapshot, from the cache or read (and cached). Not through the cache's single-flight
    /// <c>GetOrAddAsync</c>: its per-key lock would be held across a database read inside the caller's unit of work, and on
    /// SQLite (one write lock per database, taken when a transaction begins) a waiter whose transaction already holds that
    /// lock and the key's holder waiting to begin its own deadlock until the busy timeout. A burst of misses reads the row
    /// once each instead.
    /// </summary>
    /// <exception cref="FitSaaS.Framework.Exceptions.EntityNotFoundException">No such session in the current tenant (nothing is cached).</exception>
    public async Task<ClassSessionSnapshot> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (await cache.GetAsync(Key(id), cancellationToken) is { } cached)
        {
            return cached;
        }

        var snapshot = ClassSessionSnapshot.From(await sessions.GetSnapshotAsync(id, cancellationToken));
        await cache.SetAsync(Key(id), snapshot, Entry, cancellationToken);
        return snapshot;
    }

    /// <summary>Replaces the cached snapshot by the session as it is now (call it when a locked session differs from its snapshot).</summary>
    public Task RefreshAsync(ClassSession session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        return cache.SetAsync(Key(session.Id), ClassSessionSnapshot.From(session), Entry, cancellationToken);
    }

    private static string Key(Guid id) => id.ToString("N");
}
