namespace FitSaaS.TenantManagement;

/// <summary>Stable error codes of the TenantManagement module.</summary>
public static class TenantManagementErrorCodes
{
    /// <summary>Another tenant already has this name (409).</summary>
    public const string DuplicateTenantName = "TenantManagement:DuplicateTenantName";
}
