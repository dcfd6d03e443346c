using FitSaaS.Framework.Caching;
using FitSaaS.Framework.Events;
using FitSaaS.Framework.Uow;

namespace FitSaaS.Forms;

/// <summary>
/// Marks the legal gates changed in the current unit of work, so that unit of work reads the documents from the database and
/// caches nothing until it commits; <see cref="LegalGateCacheAfterCommitInvalidator"/> then removes the cached item.
/// </summary>
public sealed class LegalGateCacheInvalidator(IUnitOfWorkManager unitOfWorkManager) : ILocalEventHandler<LegalDocumentsChangedEvent>
{
    /// <inheritdoc/>
    public Task HandleEventAsync(LegalDocumentsChangedEvent eventData, CancellationToken cancellationToken = default)
    {
        unitOfWorkManager.Current?.MarkCacheDataChanged(LegalGateProvider.CacheKey);
        return Task.CompletedTask;
    }
}
