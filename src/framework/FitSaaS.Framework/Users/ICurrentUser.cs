using System.Security.Claims;

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

/// <summary>Gives and switches the principal of the current async flow.</summary>
public interface ICurrentPrincipalAccessor
{
    /// <summary>The current principal; null when nobody is signed in.</summary>
    ClaimsPrincipal? Principal { get; }

    /// <summary>Runs the following code as <paramref name="principal"/> until the scope is disposed.</summary>
    IDisposable Change(ClaimsPrincipal? principal);
}

/// <summary>Default accessor: an <see cref="AsyncLocal{T}"/> owned by a DI singleton. The web host replaces it with one that falls back to the request's user.</summary>
public class AsyncLocalCurrentPrincipalAccessor : ICurrentPrincipalAccessor
{
    private readonly AsyncLocal<ClaimsPrincipal?> _principal = new();

    /// <inheritdoc/>
    public ClaimsPrincipal? Principal => _principal.Value ?? GetDefaultPrincipal();

    /// <summary>The principal when none was set by <see cref="Change"/>; null by default.</summary>
    protected virtual ClaimsPrincipal? GetDefaultPrincipal() => null;

    /// <inheritdoc/>
    public IDisposable Change(ClaimsPrincipal? principal)
    {
        var previous = _principal.Value;
        _principal.Value = principal;
        return new RestoreScope(_principal, previous);
    }

    private sealed class RestoreScope(AsyncLocal<ClaimsPrincipal?> slot, ClaimsPrincipal? previous) : IDisposable
    {
        public void Dispose() => slot.Value = previous;
    }
}

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

/// <summary>Default <see cref="ICurrentUser"/>.</summary>
public sealed class CurrentUser(ICurrentPrincipalAccessor accessor) : ICurrentUser
{
    /// <inheritdoc/>
    public ClaimsPrincipal? Principal => accessor.Principal;

    /// <inheritdoc/>
    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    /// <inheritdoc/>
    public Guid? Id => Guid.TryParse(Principal?.FindFirst(FitSaaSClaimTypes.UserId)?.Value, out var id) ? id : null;

    /// <inheritdoc/>
    public string? UserName => Principal?.FindFirst(FitSaaSClaimTypes.UserName)?.Value;

    /// <inheritdoc/>
    public Guid? TenantId => Guid.TryParse(Principal?.FindFirst(FitSaaSClaimTypes.TenantId)?.Value, out var id) ? id : null;

    /// <inheritdoc/>
    public IReadOnlyList<string> Roles =>
        Principal?.FindAll(FitSaaSClaimTypes.Role).Select(c => c.Value).ToArray() ?? [];
}
