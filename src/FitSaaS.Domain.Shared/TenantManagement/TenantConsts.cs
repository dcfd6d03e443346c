namespace FitSaaS.TenantManagement;

/// <summary>Limits of tenant fields, shared by DTO validation and the database schema.</summary>
public static class TenantConsts
{
    /// <summary>Maximum length of a tenant name.</summary>
    public const int MaxNameLength = 64;

    /// <summary>Allowed tenant names: lower-case letters, digits and inner hyphens (usable as a sub-domain).</summary>
    public const string NamePattern = "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$";

    /// <summary>Maximum length of a custom domain (a DNS host name): 253 characters.</summary>
    public const int MaxDomainLength = 253;

    /// <summary>Custom domains: DNS host names of at least two labels (letters, digits, inner hyphens), case-insensitive.</summary>
    public const string DomainPattern = @"^(?=.{1,253}\.?$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.?$";

    /// <summary>Maximum length of a tenant's connection string (stored encrypted, so the column is larger).</summary>
    public const int MaxConnectionStringLength = 1024;

    /// <summary>Maximum length of the stored, encrypted connection string.</summary>
    public const int MaxProtectedConnectionStringLength = 4096;

    /// <summary>Maximum length of a migration error summary.</summary>
    public const int MaxMigrationErrorLength = 1000;
}
