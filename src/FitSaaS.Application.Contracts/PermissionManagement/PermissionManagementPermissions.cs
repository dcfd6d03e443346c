namespace FitSaaS.PermissionManagement;

/// <summary>Permission names of the PermissionManagement module.</summary>
public static class PermissionManagementPermissions
{
    /// <summary>Group name.</summary>
    public const string GroupName = "FitSaaS.PermissionManagement";

    /// <summary>Read and change grants of roles, users and clients on the caller's side (host admins: host grants; tenant admins: their tenant's).</summary>
    public const string ManagePermissions = GroupName + ".Permissions";
}
