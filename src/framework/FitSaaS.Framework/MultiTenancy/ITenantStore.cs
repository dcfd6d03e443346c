namespace FitSaaS.Framework.MultiTenancy;

/// <summary>What tenant resolution needs to know about a tenant.</summary>
/// <param name="Id">Tenant id.</param>
/// <param name="Name">Unique tenant name (also usable in the <c>__tenant</c> header and sub-domain).</param>
/// <param name="IsActive">False when deactivated: requests for it are refused with 403 <c>TenantManagement:TenantInactive</c>.</param>
public sealed record TenantConfiguration(Guid Id, string Name, bool IsActive)
{
    /// <summary>
    /// The tenant's own database (decrypted), or null when its data lives in the shared database. A secret:
    /// left out of <see cref="ToString"/> so a logged configuration never shows it.
    /// </summary>
    public string? ConnectionString { get; init; }

    /// <summary>True when the tenant has its own database.</summary>
    public bool HasOwnDatabase => ConnectionString is not null;

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id).Append(", Name = ").Append(Name).Append(", IsActive = ").Append(IsActive)
            .Append(", HasOwnDatabase = ").Append(HasOwnDatabase);
        return true;
    }
}

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

/// <summary>Stable error codes of tenant resolution.</summary>
public static class MultiTenancyErrorCodes
{
    /// <summary>The requested tenant does not exist (404).</summary>
    public const string TenantNotFound = "TenantManagement:TenantNotFound";

    /// <summary>The requested tenant is deactivated (403).</summary>
    public const string TenantInactive = "TenantManagement:TenantInactive";

    /// <summary>A signed-in user asked for another tenant than the token's (403).</summary>
    public const string TenantMismatch = "TenantManagement:TenantMismatch";
}
