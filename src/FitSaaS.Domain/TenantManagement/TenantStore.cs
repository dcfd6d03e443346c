using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Events;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.Caching.Memory;

namespace FitSaaS.TenantManagement;

/// <summary>
/// <see cref="ITenantStore"/> over the tenant repository with a memory cache (by id and by name,
/// 5 minutes), invalidated after the commit of any change to the tenant. Deleted tenants are not found.
/// </summary>
public sealed class TenantStore(ITenantRepository tenants, IMemoryCache cache) : ITenantStore, ITransientDependency
{
    internal static readonly TimeSpan CacheDuration = TimeSpan.FromMinutes(5);

    /// <inheritdoc/>
    public async Task<TenantConfiguration?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        await cache.GetOrCreateAsync(IdKey(id), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheDuration;
            return await tenants.FindConfigurationAsync(id, null, cancellationToken);
        });

    /// <inheritdoc/>
    public async Task<TenantConfiguration?> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var normalized = name.Trim().ToUpperInvariant();
        return await cache.GetOrCreateAsync(NameKey(normalized), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheDuration;
            return await tenants.FindConfigurationAsync(null, normalized, cancellationToken);
        });
    }

    internal static string IdKey(Guid id) => $"tenant:id:{id}";

    internal static string NameKey(string normalizedName) => $"tenant:name:{normalizedName}";
}

/// <summary>Forgets cached tenant lookups once a change to the tenant is committed.</summary>
public sealed class TenantCacheInvalidator(IMemoryCache cache, IUnitOfWorkManager unitOfWorkManager) : ILocalEventHandler<TenantChangedEvent>
{
    /// <inheritdoc/>
    public Task HandleEventAsync(TenantChangedEvent eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        void Forget()
        {
            cache.Remove(TenantStore.IdKey(eventData.TenantId));
            cache.Remove(TenantStore.NameKey(eventData.Name.ToUpperInvariant()));
        }

        // Forget now (so this unit of work reads fresh data) and again after commit (so nobody caches the old row meanwhile).
        Forget();
        if (unitOfWorkManager.Current is { } unitOfWork)
        {
            unitOfWork.OnCompleted(() =>
            {
                Forget();
                return Task.CompletedTask;
            });
        }

        return Task.CompletedTask;
    }
}
