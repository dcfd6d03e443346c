using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Users;
using FitSaaS.Identity;

namespace FitSaaS.Programs;

/// <summary>
/// Whose data a body-metric or goal request is about: the signed-in member's own, or (with the "for members" permission) another
/// member's of the gym.
/// </summary>
public sealed class ProgramsMembers(ICurrentUser currentUser, IPermissionChecker permissionChecker, IUserLookupService users) : ITransientDependency
{
    /// <summary>The signed-in user's id.</summary>
    /// <exception cref="AuthorizationException">Nobody is signed in.</exception>
    public Guid CurrentUserId() => currentUser.Id ?? throw new AuthorizationException("Body metrics and goals belong to a signed-in user.");

    /// <summary>True when the caller holds <paramref name="managePermission"/>.</summary>
    public Task<bool> CanManageAsync(string managePermission) => permissionChecker.IsGrantedAsync(managePermission);

    /// <summary>
    /// The member a request is for: oneself when <paramref name="memberId"/> is null or one's own id; otherwise another member, which
    /// needs <paramref name="managePermission"/> and, when <paramref name="mustExist"/>, a user of this gym.
    /// </summary>
    /// <exception cref="AuthorizationException">Another member without the permission.</exception>
    /// <exception cref="BusinessException"><see cref="ProgramsErrorCodes.MemberNotFound"/>.</exception>
    public async Task<Guid> ResolveAsync(Guid? memberId, string managePermission, bool mustExist)
    {
        var self = CurrentUserId();
        if (memberId is not { } requested || requested == self)
        {
            return self;
        }

        if (!await CanManageAsync(managePermission))
        {
            throw new AuthorizationException($"Permission '{managePermission}' is required for another member's data.") { PermissionName = managePermission };
        }

        if (mustExist && await users.FindByIdAsync(requested) is null)
        {
            throw new BusinessException(ProgramsErrorCodes.MemberNotFound, "The member is not a user of this gym.").WithData("memberId", requested);
        }

        return requested;
    }

    /// <summary>True when the caller may see data of <paramref name="memberId"/>: their own, or with <paramref name="managePermission"/>.</summary>
    public async Task<bool> CanSeeAsync(Guid memberId, string managePermission) =>
        memberId == CurrentUserId() || await CanManageAsync(managePermission);
}
