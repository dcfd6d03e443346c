using FitSaaS.Framework.Caching;
using FitSaaS.Framework.Events;
using FitSaaS.Framework.Uow;

namespace FitSaaS.Billing;

/// <summary>
/// Marks the plan coverage changed in the current unit of work, so that unit of work reads the plans from the database
/// and caches nothing until it commits; <see cref="PlanCoverageCacheAfterCommitInvalidator"/> then removes the cached item.
/// </summary>
public sealed class PlanCoverageCacheInvalidator(IUnitOfWorkManager unitOfWorkManager) : ILocalEventHandler<PlanCoverageChangedEvent>
{
    /// <inheritdoc/>
    public Task HandleEventAsync(PlanCoverageChangedEvent eventData, CancellationToken cancellationToken = default)
    {
        unitOfWorkManager.Current?.MarkCacheDataChanged(PlanCoverageProvider.CacheKey);
        return Task.CompletedTask;
    }
}
