using FitSaaS.Framework.Caching;
using FitSaaS.Framework.Events;

namespace FitSaaS.Billing;

/// <summary>
/// The after-commit half of <see cref="PlanCoverageCacheInvalidator"/>: removes the tenant's cached coverage once the
/// change is committed, and again half a second later (<see cref="DistributedCacheInvalidationExtensions.RemoveNowAndSoonAsync"/>).
/// </summary>
[LocalEventHandler(LocalEventPhase.AfterCommit)]
public sealed class PlanCoverageCacheAfterCommitInvalidator(IDistributedCache<PlanCoverageCacheItem> cache) : ILocalEventHandler<PlanCoverageChangedEvent>
{
    /// <inheritdoc/>
    public Task HandleEventAsync(PlanCoverageChangedEvent eventData, CancellationToken cancellationToken = default) =>
        cache.RemoveNowAndSoonAsync(PlanCoverageProvider.CacheKey, CancellationToken.None);
}
