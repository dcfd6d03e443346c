using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace FitSaaS.Identity;

/// <inheritdoc cref="IAccountAppService"/>
public sealed class AccountAppService(
    IdentityUserManager identityUserManager,
    UserManager<AppUser> userManager,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser) : ApplicationService, IAccountAppService
{
    /// <inheritdoc/>
    [AllowAnonymous]
    public async Task<ProfileDto> RegisterAsync(RegisterDto input)
    {
        if (!currentTenant.IsAvailable)
        {
            throw new BusinessException(IdentityErrorCodes.TenantRequired, "Registration needs a tenant: send the __tenant header.");
        }

        var user = await identityUserManager.CreateAsync(input.UserName, input.Email, input.Password, [IdentityConsts.MemberRole]);
        return ToProfile(user, [IdentityConsts.MemberRole]);
    }

    /// <inheritdoc/>
    [Authorize]
    public async Task<ProfileDto> GetMyProfileAsync()
    {
        var user = await userManager.FindByIdAsync(currentUser.Id?.ToString() ?? string.Empty)
            ?? throw new EntityNotFoundException(typeof(AppUser), currentUser.Id);
        return ToProfile(user, [.. await userManager.GetRolesAsync(user)]);
    }

    private static ProfileDto ToProfile(AppUser user, IReadOnlyList<string> roles) => new()
    {
        Id = user.Id,
        TenantId = user.TenantId,
        UserName = user.UserName!,
        Email = user.Email,
        Roles = roles,
    };
}
