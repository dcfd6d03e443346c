using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Users;

namespace FitSaaS.Framework.Authorization;

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
