using FitSaaS.Framework.Caching;
using FitSaaS.Framework.Events;

namespace FitSaaS.Forms;

/// <summary>
/// The after-commit half of <see cref="LegalSignedVersionsCacheInvalidator"/>: removes the member's cached signed versions once the
/// signature is committed, and again half a second later (<see cref="DistributedCacheInvalidationExtensions.RemoveNowAndSoonAsync"/>).
/// </summary>
[LocalEventHandler(LocalEventPhase.AfterCommit)]
public sealed class LegalSignedVersionsCacheAfterCommitInvalidator(IDistributedCache<LegalSignedVersionsCacheItem> cache) : ILocalEventHandler<LegalSignedEvent>
{
    /// <inheritdoc/>
    public Task HandleEventAsync(LegalSignedEvent eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return cache.RemoveNowAndSoonAsync(LegalGateProvider.SignedKey(eventData.MemberId), CancellationToken.None);
    }
}
