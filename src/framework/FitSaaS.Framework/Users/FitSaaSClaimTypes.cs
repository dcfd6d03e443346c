namespace FitSaaS.Framework.Users;

/// <summary>Claim types of FitSaaS access tokens (JWT claim names).</summary>
public static class FitSaaSClaimTypes
{
    /// <summary>User id (<c>sub</c>, RFC 7519).</summary>
    public const string UserId = "sub";

    /// <summary>User name.</summary>
    public const string UserName = "name";

    /// <summary>Role name; one claim per role.</summary>
    public const string Role = "role";

    /// <summary>Tenant id; absent for host users.</summary>
    public const string TenantId = "tenantid";

    /// <summary>E-mail address.</summary>
    public const string Email = "email";

    /// <summary>OAuth client that obtained the token.</summary>
    public const string ClientId = "client_id";
}
