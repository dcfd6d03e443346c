using FitSaaS.Framework.Caching;
using FitSaaS.Framework.Events;

namespace FitSaaS.Bookings;

/// <summary>
/// The after-commit half of <see cref="BookingPolicyCacheInvalidator"/>: removes the changed level from the shared cache once
/// the change is committed, and again half a second later (<see cref="DistributedCacheInvalidationExtensions.RemoveNowAndSoonAsync"/>).
/// </summary>
[LocalEventHandler(LocalEventPhase.AfterCommit)]
public sealed class BookingPolicyCacheAfterCommitInvalidator(IDistributedCache<BookingPolicyLevelCacheItem> cache) : ILocalEventHandler<BookingPolicyLevelChangedEvent>
{
    /// <inheritdoc/>
    public Task HandleEventAsync(BookingPolicyLevelChangedEvent eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return cache.RemoveNowAndSoonAsync(eventData.CacheKey, CancellationToken.None);
    }
}
