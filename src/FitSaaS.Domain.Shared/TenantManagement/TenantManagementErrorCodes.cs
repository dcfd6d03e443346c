namespace FitSaaS.TenantManagement;

/// <summary>Stable error codes of the TenantManagement module.</summary>
public static class TenantManagementErrorCodes
{
    /// <summary>Another tenant already has this name (409).</summary>
    public const string DuplicateTenantName = "TenantManagement:DuplicateTenantName";

    /// <summary>Another tenant already has this custom domain (409).</summary>
    public const string DuplicateDomain = "TenantManagement:DuplicateDomain";

    /// <summary>The custom domain is not a valid DNS host name (400).</summary>
    public const string InvalidDomain = "TenantManagement:InvalidDomain";

    /// <summary>Tenants with their own database need the PostgreSQL provider (422).</summary>
    public const string OwnDatabaseNotSupported = "TenantManagement:OwnDatabaseNotSupported";

    /// <summary>The tenant connection string cannot be parsed or points at the host database (400).</summary>
    public const string InvalidConnectionString = "TenantManagement:InvalidConnectionString";

    /// <summary>The tenant's database could not be created, migrated or seeded (422); nothing was kept.</summary>
    public const string TenantDatabaseUnavailable = "TenantManagement:TenantDatabaseUnavailable";

    /// <summary>Only a deleted tenant can be purged (DbMigrator <c>purge-tenant</c>).</summary>
    public const string TenantNotDeleted = "TenantManagement:TenantNotDeleted";
}
