namespace FitSaaS.Framework.MultiTenancy;

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
