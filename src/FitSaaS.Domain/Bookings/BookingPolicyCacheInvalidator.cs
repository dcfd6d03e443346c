using FitSaaS.Framework.Caching;
using FitSaaS.Framework.Events;
using FitSaaS.Framework.Uow;

namespace FitSaaS.Bookings;

/// <summary>
/// Marks a changed policy level in the current unit of work, so that unit of work reads it from the database and caches
/// nothing until it commits; <see cref="BookingPolicyCacheAfterCommitInvalidator"/> then removes it from the shared cache.
/// </summary>
public sealed class BookingPolicyCacheInvalidator(IUnitOfWorkManager unitOfWorkManager) : ILocalEventHandler<BookingPolicyLevelChangedEvent>
{
    /// <inheritdoc/>
    public Task HandleEventAsync(BookingPolicyLevelChangedEvent eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        unitOfWorkManager.Current?.MarkCacheDataChanged(eventData.CacheKey);
        return Task.CompletedTask;
    }
}
