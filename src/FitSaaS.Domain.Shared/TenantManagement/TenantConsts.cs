namespace FitSaaS.TenantManagement;

/// <summary>Limits of tenant fields, shared by DTO validation and the database schema.</summary>
public static class TenantConsts
{
    /// <summary>Maximum length of a tenant name.</summary>
    public const int MaxNameLength = 64;

    /// <summary>Allowed tenant names: lower-case letters, digits and inner hyphens (usable as a sub-domain).</summary>
    public const string NamePattern = "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$";
}
