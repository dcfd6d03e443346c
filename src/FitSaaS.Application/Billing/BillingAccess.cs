using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Users;

namespace FitSaaS.Billing;

/// <summary>
/// Who sees what in Billing: members their own memberships, balances, invoices and payments; staff with a module's
/// <c>Manage</c> permission anyone's. Someone else's record without it is "not found" (404), as another tenant's is.
/// </summary>
public sealed class BillingAccess(IPermissionChecker permissions, ICurrentUser currentUser, TimeProvider clock) : ITransientDependency
{
    /// <summary>The signed-in user.</summary>
    /// <exception cref="AuthorizationException">Nobody is signed in.</exception>
    public Guid CurrentUserId() => currentUser.Id ?? throw new AuthorizationException("Billing is used by a signed-in user.");

    /// <summary>Whether the current user holds <paramref name="permission"/>.</summary>
    public Task<bool> IsGrantedAsync(string permission) => permissions.IsGrantedAsync(permission);

    /// <summary>The member a list is of: anyone's (null = everyone) for staff holding <paramref name="managePermission"/>, otherwise the user's own (asking for someone else's is 403).</summary>
    public async Task<Guid?> ListScopeAsync(Guid? requested, string managePermission)
    {
        if (await permissions.IsGrantedAsync(managePermission))
        {
            return requested;
        }

        var self = CurrentUserId();
        if (requested is { } other && other != self)
        {
            throw new AuthorizationException($"Permission '{managePermission}' is required to see another member's billing.") { PermissionName = managePermission };
        }

        return self;
    }

    /// <summary>Ensures the record of <paramref name="memberId"/> may be seen: the user's own, or staff's with <paramref name="managePermission"/>.</summary>
    /// <exception cref="EntityNotFoundException">Neither: it is not found.</exception>
    public async Task EnsureVisibleAsync(Guid memberId, string managePermission, Type entityType, Guid id)
    {
        if (memberId != CurrentUserId() && !await permissions.IsGrantedAsync(managePermission))
        {
            throw new EntityNotFoundException(entityType, id);
        }
    }

    /// <summary>Ensures the user holds <paramref name="permission"/>.</summary>
    /// <exception cref="AuthorizationException">Not granted.</exception>
    public async Task EnsureGrantedAsync(string permission)
    {
        if (!await permissions.IsGrantedAsync(permission))
        {
            throw new AuthorizationException($"Permission '{permission}' is required.") { PermissionName = permission };
        }
    }

    /// <summary>The current instant truncated to whole microseconds, the precision PostgreSQL stores, so responses match later reads.</summary>
    public DateTime Now()
    {
        var ticks = clock.GetUtcNow().UtcTicks;
        return new DateTime(ticks - (ticks % 10), DateTimeKind.Utc);
    }
}
