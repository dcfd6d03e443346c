namespace FitSaaS.Identity;

/// <summary>Stable error codes of the Identity module.</summary>
public static class IdentityErrorCodes
{
    /// <summary>Self-registration needs a tenant (the <c>__tenant</c> header); the host has no members (422).</summary>
    public const string TenantRequired = "Identity:TenantRequired";

    /// <summary>The user name or e-mail is taken within the tenant (409).</summary>
    public const string DuplicateUser = "Identity:DuplicateUser";
}
