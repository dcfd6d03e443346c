namespace FitSaaS.Identity;

/// <summary>Stable error codes of the Identity module.</summary>
public static class IdentityErrorCodes
{
    /// <summary>Self-registration needs a tenant (the <c>__tenant</c> header); the host has no members.</summary>
    public const string TenantRequired = "Identity:TenantRequired";

    /// <summary>The user name or e-mail is taken within the tenant.</summary>
    public const string DuplicateUser = "Identity:DuplicateUser";

    /// <summary>Another client (in any tenant) has this <c>client_id</c>.</summary>
    public const string DuplicateClientId = "Identity:DuplicateClientId";

    /// <summary>The role is held by users and cannot be deleted.</summary>
    public const string RoleInUse = "Identity:RoleInUse";

    /// <summary>Built-in roles (<c>admin</c>, <c>staff</c>, <c>member</c>) cannot be renamed or deleted.</summary>
    public const string BuiltInRole = "Identity:BuiltInRole";

    /// <summary>An admin cannot delete, lock or deactivate their own account.</summary>
    public const string CannotChangeSelf = "Identity:CannotChangeSelf";

    /// <summary>A role name that does not exist in the tenant.</summary>
    public const string UnknownRole = "Identity:UnknownRole";

    /// <summary>The built-in public client cannot be changed through the API.</summary>
    public const string BuiltInClient = "Identity:BuiltInClient";
}
