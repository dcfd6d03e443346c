using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Users;
using FitSaaS.Identity;

namespace FitSaaS.Forms;

/// <summary>
/// Whose forms a request is about: the signed-in member's own, or (with a "for members" permission) another member's of the gym.
/// </summary>
public sealed class FormsMembers(ICurrentUser currentUser, IPermissionChecker permissionChecker, IUserLookupService users) : ITransientDependency
{
    /// <summary>The signed-in user's id.</summary>
    /// <exception cref="AuthorizationException">Nobody is signed in.</exception>
    public Guid CurrentUserId() => currentUser.Id ?? throw new AuthorizationException("Forms belong to a signed-in user.");

    /// <summary>True when the caller holds any of <paramref name="permissions"/>.</summary>
    public async Task<bool> HasAnyAsync(params string[] permissions)
    {
        ArgumentNullException.ThrowIfNull(permissions);
        foreach (var permission in permissions)
        {
            if (await permissionChecker.IsGrantedAsync(permission))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The member a request is for: oneself when <paramref name="memberId"/> is null or one's own id; otherwise another member, which
    /// needs <paramref name="managePermission"/> and, when <paramref name="mustExist"/>, a user of this gym.
    /// </summary>
    /// <exception cref="AuthorizationException">Another member without the permission.</exception>
    /// <exception cref="BusinessException"><see cref="FormsErrorCodes.MemberNotFound"/>.</exception>
    public async Task<Guid> ResolveAsync(Guid? memberId, string managePermission, bool mustExist)
    {
        var self = CurrentUserId();
        if (memberId is not { } requested || requested == self)
        {
            return self;
        }

        if (!await permissionChecker.IsGrantedAsync(managePermission))
        {
            throw new AuthorizationException($"Permission '{managePermission}' is required for another member's forms.") { PermissionName = managePermission };
        }

        if (mustExist)
        {
            await EnsureExistsAsync(requested);
        }

        return requested;
    }

    /// <summary>Throws when <paramref name="memberId"/> is not a user of this gym.</summary>
    /// <exception cref="BusinessException"><see cref="FormsErrorCodes.MemberNotFound"/>.</exception>
    public async Task EnsureExistsAsync(Guid memberId)
    {
        if (await users.FindByIdAsync(memberId) is null)
        {
            throw new BusinessException(FormsErrorCodes.MemberNotFound, "The member is not a user of this gym.").WithData("memberId", memberId);
        }
    }
}
