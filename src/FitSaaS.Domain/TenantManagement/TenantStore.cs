using FitSaaS.Framework.Caching;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.Caching.Distributed;

namespace FitSaaS.TenantManagement;

/// <summary>
/// <see cref="ITenantStore"/> over the tenant repository with the distributed cache (in memory, or Redis shared by every
/// instance): the tenant by id (5 minutes), and the tenant id by name and by custom domain (5 minutes; unknown domains
/// 1 minute), removed after the commit of any change to the tenant or its domains (<see cref="TenantCacheAfterCommitInvalidator"/>).
/// Until that commit, the unit of work that made the change reads the tenant from the database and caches nothing, so an
/// uncommitted (or rolled-back) change never reaches the cache. Deleted tenants are not found. Connection strings are cached
/// in their stored (encrypted) form and decrypted on each read.
/// </summary>
public sealed class TenantStore(
    ITenantRepository tenants,
    IDistributedCache<TenantCacheItem> byId,
    IDistributedCache<TenantIdCacheItem> ids,
    IUnitOfWorkManager unitOfWorkManager,
    TenantConnectionStringProtector protector) : ITenantStore, ITransientDependency
{
    internal static readonly TimeSpan CacheDuration = TimeSpan.FromMinutes(5);
    internal static readonly TimeSpan UnknownHostCacheDuration = TimeSpan.FromMinutes(1);

    private static readonly DistributedCacheEntryOptions Entry = new() { AbsoluteExpirationRelativeToNow = CacheDuration };
    private static readonly DistributedCacheEntryOptions UnknownHostEntry = new() { AbsoluteExpirationRelativeToNow = UnknownHostCacheDuration };

    /// <inheritdoc/>
    public async Task<TenantConfiguration?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var key = IdKey(id);
        var stored = unitOfWorkManager.Current.HasCacheDataChanged(key)
            ? await tenants.FindConfigurationAsync(id, null, cancellationToken)
            : (await byId.GetOrAddAsync(key, async () => new TenantCacheItem(await tenants.FindConfigurationAsync(id, null, cancellationToken)),
                Entry, cancellationToken)).Tenant;
        return Unprotect(stored);
    }

    /// <inheritdoc/>
    public async Task<TenantConfiguration?> FindByHostAsync(string hostName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hostName);
        var normalized = TenantDomain.Normalize(hostName);
        if (!TenantDomain.IsValidHostName(normalized))
        {
            return null;
        }

        var key = HostKey(normalized);
        Guid? id;
        if (unitOfWorkManager.Current.HasCacheDataChanged(key))
        {
            id = await tenants.FindTenantIdByDomainAsync(normalized, cancellationToken);
        }
        else if (await ids.GetAsync(key, cancellationToken) is { } cached)
        {
            id = cached.TenantId;
        }
        else
        {
            id = await tenants.FindTenantIdByDomainAsync(normalized, cancellationToken);
            await ids.SetAsync(key, new TenantIdCacheItem(id), id is null ? UnknownHostEntry : Entry, cancellationToken);
        }

        return id is { } tenantId ? await FindAsync(tenantId, cancellationToken) : null;
    }

    /// <inheritdoc/>
    public async Task<TenantConfiguration?> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var normalized = name.Trim().ToUpperInvariant();
        var key = NameKey(normalized);
        if (unitOfWorkManager.Current.HasCacheDataChanged(key))
        {
            return Unprotect(await tenants.FindConfigurationAsync(null, normalized, cancellationToken));
        }

        var item = await ids.GetOrAddAsync(key, async () => new TenantIdCacheItem((await tenants.FindConfigurationAsync(null, normalized, cancellationToken))?.Id),
            Entry, cancellationToken);
        if (item.TenantId is not { } id)
        {
            return null;
        }

        // Read by id (cached): a renamed tenant no longer answers to its old name.
        var tenant = await FindAsync(id, cancellationToken);
        return tenant is not null && string.Equals(tenant.Name, name.Trim(), StringComparison.OrdinalIgnoreCase) ? tenant : null;
    }

    private TenantConfiguration? Unprotect(TenantConfiguration? stored) =>
        stored?.ConnectionString is { } protectedValue ? stored with { ConnectionString = protector.Unprotect(protectedValue) } : stored;

    internal static string IdKey(Guid id) => $"tenant:id:{id:N}";

    internal static string NameKey(string normalizedName) => $"tenant:name:{normalizedName}";

    internal static string HostKey(string normalizedHostName) => $"tenant:host:{normalizedHostName}";
}
