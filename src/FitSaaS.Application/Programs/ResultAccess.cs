using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Users;

namespace FitSaaS.Programs;

/// <summary>Who may see and change whose results: one's own always; another member's with the staff permissions.</summary>
public sealed class ResultAccess(IPermissionChecker permissionChecker, ICurrentUser currentUser) : ITransientDependency
{
    /// <summary>The signed-in user.</summary>
    public Guid CurrentUserId() =>
        currentUser.Id ?? throw new AuthorizationException("Results are logged by a signed-in user.");

    /// <summary>The member to read: oneself when null; another member's needs LogForMembers or ManageAll.</summary>
    public async Task<Guid> ResolveReadableMemberAsync(Guid? memberId)
    {
        var userId = CurrentUserId();
        if (memberId is not { } requested || requested == userId)
        {
            return userId;
        }

        if (!await CanReadOthersAsync())
        {
            throw new AuthorizationException($"Permission '{ProgramsPermissions.Results.LogForMembers}' is required to read another member's results.")
            {
                PermissionName = ProgramsPermissions.Results.LogForMembers,
            };
        }

        return requested;
    }

    /// <summary>True with LogForMembers or ManageAll.</summary>
    public async Task<bool> CanReadOthersAsync() =>
        await permissionChecker.IsGrantedAsync(ProgramsPermissions.Results.LogForMembers) ||
        await permissionChecker.IsGrantedAsync(ProgramsPermissions.Results.ManageAll);

    /// <summary>True with LogForMembers.</summary>
    public Task<bool> CanLogForMembersAsync() => permissionChecker.IsGrantedAsync(ProgramsPermissions.Results.LogForMembers);

    /// <summary>True with ManageAll.</summary>
    public Task<bool> CanManageAllAsync() => permissionChecker.IsGrantedAsync(ProgramsPermissions.Results.ManageAll);
}
