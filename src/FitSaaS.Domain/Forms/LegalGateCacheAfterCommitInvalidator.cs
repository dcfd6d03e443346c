using FitSaaS.Framework.Caching;
using FitSaaS.Framework.Events;

namespace FitSaaS.Forms;

/// <summary>
/// The after-commit half of <see cref="LegalGateCacheInvalidator"/>: removes the tenant's cached gates once the change is
/// committed, and again half a second later (<see cref="DistributedCacheInvalidationExtensions.RemoveNowAndSoonAsync"/>).
/// </summary>
[LocalEventHandler(LocalEventPhase.AfterCommit)]
public sealed class LegalGateCacheAfterCommitInvalidator(IDistributedCache<LegalGateCacheItem> cache) : ILocalEventHandler<LegalDocumentsChangedEvent>
{
    /// <inheritdoc/>
    public Task HandleEventAsync(LegalDocumentsChangedEvent eventData, CancellationToken cancellationToken = default) =>
        cache.RemoveNowAndSoonAsync(LegalGateProvider.CacheKey, CancellationToken.None);
}
