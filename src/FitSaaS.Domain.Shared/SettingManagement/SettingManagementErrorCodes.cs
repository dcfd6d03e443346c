namespace FitSaaS.SettingManagement;

/// <summary>Stable error codes of the SettingManagement module (<c>SettingManagement:Reason</c>).</summary>
public static class SettingManagementErrorCodes
{
    /// <summary>No setting with that name is defined (data: <c>name</c>).</summary>
    public const string UnknownSetting = "SettingManagement:UnknownSetting";

    /// <summary>The setting cannot be set at that level, e.g. a user-level password policy (data: <c>name</c>, <c>level</c>).</summary>
    public const string LevelNotAllowed = "SettingManagement:LevelNotAllowed";

    /// <summary>Tenant-level settings are changed while running for a tenant.</summary>
    public const string TenantRequired = "SettingManagement:TenantRequired";
}
