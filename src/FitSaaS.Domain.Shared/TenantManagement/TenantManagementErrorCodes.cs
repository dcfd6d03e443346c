namespace FitSaaS.TenantManagement;

/// <summary>Stable error codes of the TenantManagement module.</summary>
public static class TenantManagementErrorCodes
{
    /// <summary>Another tenant already has this name.</summary>
    public const string DuplicateTenantName = "TenantManagement:DuplicateTenantName";

    /// <summary>Another tenant already has this custom domain.</summary>
    public const string DuplicateDomain = "TenantManagement:DuplicateDomain";

    /// <summary>The custom domain is not a valid DNS host name.</summary>
    public const string InvalidDomain = "TenantManagement:InvalidDomain";

    /// <summary>Tenants with their own database need the PostgreSQL provider.</summary>
    public const string OwnDatabaseNotSupported = "TenantManagement:OwnDatabaseNotSupported";

    /// <summary>The tenant connection string cannot be parsed or points at the host database.</summary>
    public const string InvalidConnectionString = "TenantManagement:InvalidConnectionString";

    /// <summary>The tenant's database could not be created, migrated or seeded; nothing was kept.</summary>
    public const string TenantDatabaseUnavailable = "TenantManagement:TenantDatabaseUnavailable";

    /// <summary>Only a deleted tenant can be purged (DbMigrator <c>purge-tenant</c>).</summary>
    public const string TenantNotDeleted = "TenantManagement:TenantNotDeleted";
}
