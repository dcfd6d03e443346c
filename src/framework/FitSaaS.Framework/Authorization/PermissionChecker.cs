using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Users;

namespace FitSaaS.Framework.Authorization;

/// <summary>Who a grant set is for: a user (with the roles its token names, used only when the store knows no better) or a client.</summary>
/// <param name="TenantId">Tenant of the check; null for the host.</param>
/// <param name="UserId">The user (<c>sub</c>); null for a client acting on its own behalf.</param>
/// <param name="ClientId">The OAuth client (<c>client_id</c>), if any.</param>
/// <param name="TokenRoles">Role names from the token.</param>
public sealed record PermissionSubject(Guid? TenantId, Guid? UserId, string? ClientId, IReadOnlyList<string> TokenRoles);

/// <summary>
/// Where grants come from (implemented by permission management over the database): the compiled
/// grant set of one subject — user grants ∪ its roles' grants, or a client's grants. Implementations
/// cache the set and invalidate it when grants or role memberships change.
/// </summary>
public interface IPermissionGrantStore
{
    /// <summary>Returns every permission name granted to the subject, in one round-trip at most.</summary>
    Task<IReadOnlySet<string>> GetGrantSetAsync(PermissionSubject subject, CancellationToken cancellationToken = default);
}

/// <summary>Answers whether the current user or client holds a permission.</summary>
public interface IPermissionChecker
{
    /// <summary>
    /// True when the permission exists, suits the current side (host/tenant), and it and its parents
    /// are granted to the caller in the current tenant. Unknown names are never granted.
    /// </summary>
    Task<bool> IsGrantedAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Every permission the caller holds on the current side (parents included in the check).</summary>
    Task<IReadOnlyList<string>> GetGrantedNamesAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// Default checker: one grant-set lookup per scope and caller (the store caches across requests), then
/// every check is a set lookup — never a query or cache read per permission.
/// </summary>
public sealed class PermissionChecker(
    IPermissionDefinitionManager definitions,
    IPermissionGrantStore grantStore,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant) : IPermissionChecker
{
    private (object? Principal, Guid? Tenant, IReadOnlySet<string> Set)? _last;

    /// <inheritdoc/>
    public async Task<bool> IsGrantedAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var permission = definitions.Find(name);
        if (permission is null || !currentUser.IsAuthenticated)
        {
            return false;
        }

        return IsGranted(permission, await GetGrantSetAsync(cancellationToken));
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> GetGrantedNamesAsync(CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsAuthenticated)
        {
            return [];
        }

        var granted = await GetGrantSetAsync(cancellationToken);
        return definitions.Permissions.Where(p => IsGranted(p, granted)).Select(p => p.Name).ToList();
    }

    private bool IsGranted(PermissionDefinition permission, IReadOnlySet<string> granted)
    {
        var side = currentTenant.IsAvailable ? MultiTenancySides.Tenant : MultiTenancySides.Host;
        if (!permission.MultiTenancySide.HasFlag(side))
        {
            return false;
        }

        for (var p = permission; p is not null; p = p.Parent)
        {
            if (!granted.Contains(p.Name))
            {
                return false;
            }
        }

        return true;
    }

    private async Task<IReadOnlySet<string>> GetGrantSetAsync(CancellationToken cancellationToken)
    {
        // The same principal and tenant as the previous check of this scope: reuse the set.
        var principal = currentUser.Principal;
        if (_last is { } last && ReferenceEquals(last.Principal, principal) && last.Tenant == currentTenant.Id)
        {
            return last.Set;
        }

        var clientId = principal?.FindFirst(FitSaaSClaimTypes.ClientId)?.Value;
        var set = await grantStore.GetGrantSetAsync(
            new PermissionSubject(currentTenant.Id, currentUser.Id, clientId, currentUser.Roles), cancellationToken);
        _last = (principal, currentTenant.Id, set);
        return set;
    }
}
