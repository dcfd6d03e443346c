using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Events;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.Extensions.Caching.Memory;

namespace FitSaaS.TenantManagement;

/// <summary>
/// <see cref="ITenantStore"/> over the tenant repository with a memory cache (by id, by name and by custom
/// domain, 5 minutes; unknown domains 1 minute), invalidated after the commit of any change to the tenant.
/// Deleted tenants are not found. Connection strings are decrypted here and held only in memory.
/// </summary>
public sealed class TenantStore(ITenantRepository tenants, IMemoryCache cache, TenantConnectionStringProtector protector) : ITenantStore, ITransientDependency
{
    internal static readonly TimeSpan CacheDuration = TimeSpan.FromMinutes(5);
    internal static readonly TimeSpan UnknownHostCacheDuration = TimeSpan.FromMinutes(1);

    /// <inheritdoc/>
    public async Task<TenantConfiguration?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        await cache.GetOrCreateAsync(IdKey(id), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheDuration;
            return Unprotect(await tenants.FindConfigurationAsync(id, null, cancellationToken));
        });

    /// <inheritdoc/>
    public async Task<TenantConfiguration?> FindByHostAsync(string hostName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hostName);
        var normalized = TenantDomain.Normalize(hostName);
        if (!TenantDomain.IsValidHostName(normalized))
        {
            return null;
        }

        var id = await cache.GetOrCreateAsync(HostKey(normalized), async entry =>
        {
            var found = await tenants.FindTenantIdByDomainAsync(normalized, cancellationToken);
            entry.AbsoluteExpirationRelativeToNow = found is null ? UnknownHostCacheDuration : CacheDuration;
            return found;
        });
        return id is { } tenantId ? await FindAsync(tenantId, cancellationToken) : null;
    }

    /// <inheritdoc/>
    public async Task<TenantConfiguration?> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var normalized = name.Trim().ToUpperInvariant();
        return await cache.GetOrCreateAsync(NameKey(normalized), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheDuration;
            return Unprotect(await tenants.FindConfigurationAsync(null, normalized, cancellationToken));
        });
    }

    private TenantConfiguration? Unprotect(TenantConfiguration? stored) =>
        stored?.ConnectionString is { } protectedValue ? stored with { ConnectionString = protector.Unprotect(protectedValue) } : stored;

    internal static string IdKey(Guid id) => $"tenant:id:{id}";

    internal static string NameKey(string normalizedName) => $"tenant:name:{normalizedName}";

    internal static string HostKey(string normalizedHostName) => $"tenant:host:{normalizedHostName}";
}

/// <summary>
/// Forgets cached tenant lookups when a tenant (or one of its domains) changes: at once, so this unit of work reads
/// fresh data, and again after commit (<see cref="TenantCacheAfterCommitInvalidator"/>), so nobody caches the old row meanwhile.
/// </summary>
public sealed class TenantCacheInvalidator(IMemoryCache cache)
    : ILocalEventHandler<TenantChangedEvent>, ILocalEventHandler<TenantDomainChangedEvent>
{
    /// <inheritdoc/>
    public Task HandleEventAsync(TenantDomainChangedEvent eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Forget(cache, eventData);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task HandleEventAsync(TenantChangedEvent eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Forget(cache, eventData);
        return Task.CompletedTask;
    }

    internal static void Forget(IMemoryCache cache, TenantDomainChangedEvent eventData) =>
        cache.Remove(TenantStore.HostKey(eventData.HostName));

    internal static void Forget(IMemoryCache cache, TenantChangedEvent eventData)
    {
        cache.Remove(TenantStore.IdKey(eventData.TenantId));
        cache.Remove(TenantStore.NameKey(eventData.Name.ToUpperInvariant()));
    }
}

/// <summary>The after-commit half of <see cref="TenantCacheInvalidator"/>: forgets the same entries once the change is committed.</summary>
[LocalEventHandler(LocalEventPhase.AfterCommit)]
public sealed class TenantCacheAfterCommitInvalidator(IMemoryCache cache)
    : ILocalEventHandler<TenantChangedEvent>, ILocalEventHandler<TenantDomainChangedEvent>
{
    /// <inheritdoc/>
    public Task HandleEventAsync(TenantDomainChangedEvent eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        TenantCacheInvalidator.Forget(cache, eventData);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task HandleEventAsync(TenantChangedEvent eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        TenantCacheInvalidator.Forget(cache, eventData);
        return Task.CompletedTask;
    }
}
