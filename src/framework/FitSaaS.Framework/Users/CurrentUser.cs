using System.Security.Claims;

namespace FitSaaS.Framework.Users;

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
