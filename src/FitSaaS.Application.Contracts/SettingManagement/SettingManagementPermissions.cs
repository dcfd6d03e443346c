namespace FitSaaS.SettingManagement;

/// <summary>Permission names of the SettingManagement module.</summary>
public static class SettingManagementPermissions
{
    /// <summary>Group name.</summary>
    public const string GroupName = "FitSaaS.SettingManagement";

    /// <summary>Read and change the current tenant's settings (tenant side).</summary>
    public const string Tenant = GroupName + ".Tenant";

    /// <summary>Read and change the global (host) settings (host side).</summary>
    public const string Global = GroupName + ".Global";
}
