namespace FitSaaS.PermissionManagement;

/// <summary>Stable error codes of the PermissionManagement module.</summary>
public static class PermissionManagementErrorCodes
{
    /// <summary>The provider name is not <c>R</c> (role), <c>U</c> (user) or <c>C</c> (client).</summary>
    public const string UnknownProvider = "PermissionManagement:UnknownProvider";

    /// <summary>No role, user or client with that key exists in the current tenant (a missing key, reported as a business error).</summary>
    public const string UnknownProviderKey = "PermissionManagement:UnknownProviderKey";

    /// <summary>A permission name is not defined, or not on the current side (host/tenant).</summary>
    public const string UnknownPermission = "PermissionManagement:UnknownPermission";
}
