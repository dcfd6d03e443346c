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
