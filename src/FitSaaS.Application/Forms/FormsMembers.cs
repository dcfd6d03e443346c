using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Users;
using FitSaaS.Identity;

namespace FitSaaS.Forms;

/// <summary>
/// Whose forms, signatures, consents or profile a request is about: the signed-in member's own, a dependant's (the caller is
/// their guardian), or — with the part's "for members" permission — any member's of the gym.
/// </summary>
public sealed class FormsMembers(ICurrentUser currentUser, IPermissionChecker permissionChecker, IUserLookupService users, IGuardianLinkRepository guardians)
    : ITransientDependency
{
    /// <summary>The signed-in user's id.</summary>
    /// <exception cref="AuthorizationException">Nobody is signed in.</exception>
    public Guid CurrentUserId() => currentUser.Id ?? throw new AuthorizationException("Forms and legal documents belong to a signed-in user.");

    /// <summary>True when the caller holds <paramref name="managePermission"/>.</summary>
    public Task<bool> CanManageAsync(string managePermission) => permissionChecker.IsGrantedAsync(managePermission);

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
    /// The member a request is for: oneself when <paramref name="memberId"/> is null or one's own id; a dependant of the caller;
    /// or, with <paramref name="managePermission"/>, any user of the gym (checked to exist when <paramref name="mustExist"/>).
    /// </summary>
    /// <exception cref="AuthorizationException">Another member's without the permission.</exception>
    /// <exception cref="BusinessException"><see cref="FormsErrorCodes.MemberNotFound"/>.</exception>
    public async Task<Guid> ResolveAsync(Guid? memberId, string managePermission, bool mustExist = true)
    {
        var self = CurrentUserId();
        if (memberId is not { } requested || requested == self)
        {
            return self;
        }

        if (!await guardians.ExistsAsync(self, requested) && !await CanManageAsync(managePermission))
        {
            throw new AuthorizationException($"Permission '{managePermission}' is required for another member's data.") { PermissionName = managePermission };
        }

        if (mustExist)
        {
            await EnsureMemberAsync(requested);
        }

        return requested;
    }

    /// <summary>Checks that the user exists in this gym.</summary>
    /// <exception cref="BusinessException"><see cref="FormsErrorCodes.MemberNotFound"/>.</exception>
    public async Task EnsureMemberAsync(Guid memberId)
    {
        if (await users.FindByIdAsync(memberId) is null)
        {
            throw new BusinessException(FormsErrorCodes.MemberNotFound, "The member is not a user of this gym.").WithData("memberId", memberId);
        }
    }

    /// <summary>True when the caller may see the member's data: their own, a dependant's, or with <paramref name="managePermission"/>.</summary>
    public async Task<bool> CanSeeAsync(Guid memberId, string managePermission)
    {
        var self = CurrentUserId();
        return memberId == self || await guardians.ExistsAsync(self, memberId) || await CanManageAsync(managePermission);
    }
}
