using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Users;

namespace FitSaaS.Framework.Authorization;

/// <summary>Where grants come from (implemented by permission management over the database).</summary>
public interface IPermissionGrantStore
{
    /// <summary>
    /// Returns the permission names granted to any of <paramref name="roleNames"/> in the tenant
    /// (null = host), in one round-trip.
    /// </summary>
    Task<IReadOnlySet<string>> GetGrantedToRolesAsync(Guid? tenantId, IReadOnlyCollection<string> roleNames, CancellationToken cancellationToken = default);
}

/// <summary>Answers whether the current user holds a permission.</summary>
public interface IPermissionChecker
{
    /// <summary>
    /// True when the permission exists, suits the current side (host/tenant), it and its parents are
    /// granted to one of the user's roles in the current tenant. Unknown names are never granted.
    /// </summary>
    Task<bool> IsGrantedAsync(string name, CancellationToken cancellationToken = default);
}

/// <summary>
/// Default checker: loads the grant set of the user's roles once per scope (one store round-trip per
/// request, not one per permission) and answers from it.
/// </summary>
public sealed class PermissionChecker(
    IPermissionDefinitionManager definitions,
    IPermissionGrantStore grantStore,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant) : IPermissionChecker
{
    private readonly Dictionary<(Guid?, string), IReadOnlySet<string>> _grantSets = [];
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

        var side = currentTenant.IsAvailable ? MultiTenancySides.Tenant : MultiTenancySides.Host;
        if (!permission.MultiTenancySide.HasFlag(side))
        {
            return false;
        }

        var granted = await GetGrantSetAsync(cancellationToken);
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
        // Fast path: the same principal and tenant as the previous check of this scope.
        var principal = currentUser.Principal;
        if (_last is { } last && ReferenceEquals(last.Principal, principal) && last.Tenant == currentTenant.Id)
        {
            return last.Set;
        }

        var roles = currentUser.Roles.Order(StringComparer.Ordinal).ToArray();
        var key = (currentTenant.Id, string.Join('\n', roles));
        if (!_grantSets.TryGetValue(key, out var set))
        {
            set = roles.Length == 0
                ? new HashSet<string>()
                : await grantStore.GetGrantedToRolesAsync(currentTenant.Id, roles, cancellationToken);
            _grantSets[key] = set;
        }

        _last = (principal, currentTenant.Id, set);
        return set;
    }
}
