using System.Security.Claims;

namespace FitSaaS.Framework.Users;

/// <summary>The signed-in user of the current async flow, read from the principal's claims.</summary>
public interface ICurrentUser
{
    /// <summary>True when a user (or client) is signed in.</summary>
    bool IsAuthenticated { get; }

    /// <summary>The user id (<c>sub</c>); null when anonymous or for a client without a user.</summary>
    Guid? Id { get; }

    /// <summary>The user name.</summary>
    string? UserName { get; }

    /// <summary>The tenant the user belongs to (token's <c>tenantid</c>); null for host users.</summary>
    Guid? TenantId { get; }

    /// <summary>The user's role names.</summary>
    IReadOnlyList<string> Roles { get; }

    /// <summary>The principal, if any.</summary>
    ClaimsPrincipal? Principal { get; }
}
