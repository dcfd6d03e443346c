using FitSaaS.Framework.Caching;
using FitSaaS.Framework.Events;
using FitSaaS.Framework.Uow;

namespace FitSaaS.TenantManagement;

/// <summary>
/// Marks the tenant lookups a change touches (by id, name, custom domain) as changed in the current unit of work, so that
/// unit of work reads them from the database and caches nothing until it commits; <see cref="TenantCacheAfterCommitInvalidator"/>
/// then removes them from the shared cache.
/// </summary>
public sealed class TenantCacheInvalidator(IUnitOfWorkManager unitOfWorkManager)
    : ILocalEventHandler<TenantChangedEvent>, ILocalEventHandler<TenantDomainChangedEvent>
{
    /// <inheritdoc/>
    public Task HandleEventAsync(TenantDomainChangedEvent eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Mark(Keys(eventData));
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task HandleEventAsync(TenantChangedEvent eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Mark(Keys(eventData));
        return Task.CompletedTask;
    }

    internal static IEnumerable<string> Keys(TenantDomainChangedEvent eventData) => [TenantStore.HostKey(eventData.HostName)];

    internal static IEnumerable<string> Keys(TenantChangedEvent eventData) =>
        [TenantStore.IdKey(eventData.TenantId), TenantStore.NameKey(eventData.Name.ToUpperInvariant())];

    private void Mark(IEnumerable<string> keys)
    {
        if (unitOfWorkManager.Current is { } unitOfWork)
        {
            foreach (var key in keys)
            {
                unitOfWork.MarkCacheDataChanged(key);
            }
        }
    }
}
