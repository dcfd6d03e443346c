using FitSaaS.Framework.Caching;
using FitSaaS.Framework.Events;
using FitSaaS.Framework.Uow;

namespace FitSaaS.Forms;

/// <summary>
/// Marks the member's signed versions changed in the current unit of work, so that unit of work reads them from the database and
/// caches nothing until it commits; <see cref="LegalSignedVersionsCacheAfterCommitInvalidator"/> then removes the cached item.
/// </summary>
public sealed class LegalSignedVersionsCacheInvalidator(IUnitOfWorkManager unitOfWorkManager) : ILocalEventHandler<LegalSignedEvent>
{
    /// <inheritdoc/>
    public Task HandleEventAsync(LegalSignedEvent eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        unitOfWorkManager.Current?.MarkCacheDataChanged(LegalGateProvider.SignedKey(eventData.MemberId));
        return Task.CompletedTask;
    }
}
