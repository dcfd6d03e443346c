namespace FitSaaS.Identity;

/// <summary>Feature names of the Identity module.</summary>
public static class IdentityFeatures
{
    /// <summary>Group name.</summary>
    public const string GroupName = "Identity";

    /// <summary>
    /// Most users in the <c>member</c> role a tenant may have (integer, -1 = unlimited, default -1); staff and
    /// admins do not count. Registering or creating one more member gives <c>Features:QuotaExceeded</c>.
    /// </summary>
    public const string MaxMembers = GroupName + ".MaxMembers";
}
