using FitSaaS.Framework.Caching;
using FitSaaS.Framework.Events;

namespace FitSaaS.TenantManagement;

/// <summary>
/// The after-commit half of <see cref="TenantCacheInvalidator"/>: removes the touched lookups from the shared cache once the
/// change is committed, and again half a second later (<see cref="DistributedCacheInvalidationExtensions.RemoveNowAndSoonAsync"/>).
/// </summary>
[LocalEventHandler(LocalEventPhase.AfterCommit)]
public sealed class TenantCacheAfterCommitInvalidator(IDistributedCache<TenantCacheItem> byId, IDistributedCache<TenantIdCacheItem> ids)
    : ILocalEventHandler<TenantChangedEvent>, ILocalEventHandler<TenantDomainChangedEvent>
{
    /// <inheritdoc/>
    public Task HandleEventAsync(TenantDomainChangedEvent eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return ids.RemoveNowAndSoonAsync(TenantStore.HostKey(eventData.HostName), CancellationToken.None);
    }

    /// <inheritdoc/>
    public async Task HandleEventAsync(TenantChangedEvent eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        await byId.RemoveNowAndSoonAsync(TenantStore.IdKey(eventData.TenantId), CancellationToken.None);
        await ids.RemoveNowAndSoonAsync(TenantStore.NameKey(eventData.Name.ToUpperInvariant()), CancellationToken.None);
    }
}
