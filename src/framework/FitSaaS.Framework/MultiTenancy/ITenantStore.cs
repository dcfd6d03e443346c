namespace FitSaaS.Framework.MultiTenancy;

/// <summary>Looks tenants up by id or name for resolution; implementations cache and are invalidated on change.</summary>
public interface ITenantStore
{
    /// <summary>Returns the tenant with this id, or null (deleted tenants are not found).</summary>
    Task<TenantConfiguration?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Returns the tenant with this name (case-insensitive), or null.</summary>
    Task<TenantConfiguration?> FindAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Returns the tenant that owns the custom domain <paramref name="hostName"/> (case-insensitive, without
    /// port), or null. Cached; the cache is invalidated when the tenant's domains change.
    /// </summary>
    Task<TenantConfiguration?> FindByHostAsync(string hostName, CancellationToken cancellationToken = default);
}
