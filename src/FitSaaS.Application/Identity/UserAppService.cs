using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace FitSaaS.Identity;

/// <inheritdoc cref="IUserAppService"/>
[Authorize(IdentityPermissions.Users.Default)]
public sealed class UserAppService(
    UserManager<AppUser> userManager,
    RoleManager<AppRole> roleManager,
    IdentityUserManager identityUserManager,
    IIdentityUserReadRepository users,
    ICurrentUser currentUser,
    TimeProvider clock) : ApplicationService, IUserAppService
{
    /// <inheritdoc/>
    public async Task<PagedResultDto<IdentityUserDto>> GetListAsync(GetIdentityUserListInput input)
    {
        SortingSpec.TryParse(input.Sorting, ["userName", "email", "creationTime"], out var sorting);
        var (items, total) = await users.GetPagedListAsync(input.Filter, input.RoleName, sorting.Field, sorting.Descending, input.SkipCount, input.MaxResultCount);
        var roles = await users.GetRoleNamesAsync(items.Select(u => u.Id).ToList());
        return new PagedResultDto<IdentityUserDto>(total, items.Select(u => ToDto(u, roles.GetValueOrDefault(u.Id) ?? [])).ToList());
    }

    /// <inheritdoc/>
    public async Task<IdentityUserDto> GetAsync(Guid id) => await ToDtoAsync(await FindAsync(id));

    /// <inheritdoc/>
    [Authorize(IdentityPermissions.Users.Create)]
    public async Task<IdentityUserDto> CreateAsync(CreateIdentityUserDto input)
    {
        var roleNames = await CheckRolesAsync(input.RoleNames ?? []);
        var user = await identityUserManager.CreateAsync(
            input.UserName, input.Email, input.Password, roleNames, profile: new(Blank(input.Name), Blank(input.Surname), Blank(input.PhoneNumber)));
        return ToDto(user, roleNames);
    }

    /// <inheritdoc/>
    [Authorize(IdentityPermissions.Users.Update)]
    public async Task<IdentityUserDto> UpdateAsync(Guid id, UpdateIdentityUserDto input)
    {
        var user = await FindAsync(id);
        if (!input.IsActive && user.Id == currentUser.Id)
        {
            throw new BusinessException(IdentityErrorCodes.CannotChangeSelf, "You cannot deactivate your own account.");
        }

        (await userManager.SetEmailAsync(user, input.Email)).CheckErrors();
        user.Name = Blank(input.Name);
        user.Surname = Blank(input.Surname);
        user.PhoneNumber = Blank(input.PhoneNumber);
        if (user.IsActive != input.IsActive)
        {
            user.IsActive = input.IsActive;
            // A new security stamp makes the user's refresh tokens fail at once.
            (await userManager.UpdateSecurityStampAsync(user)).CheckErrors();
        }

        if (input.RoleNames is not null)
        {
            var wanted = await CheckRolesAsync(input.RoleNames);
            var current = await userManager.GetRolesAsync(user);
            if (wanted.Contains(IdentityConsts.MemberRole, StringComparer.OrdinalIgnoreCase) &&
                !current.Contains(IdentityConsts.MemberRole, StringComparer.OrdinalIgnoreCase))
            {
                await identityUserManager.EnsureMemberQuotaAsync();
            }

            (await userManager.RemoveFromRolesAsync(user, current.Except(wanted, StringComparer.OrdinalIgnoreCase))).CheckErrors();
            (await userManager.AddToRolesAsync(user, wanted.Except(current, StringComparer.OrdinalIgnoreCase))).CheckErrors();
        }

        (await userManager.UpdateAsync(user)).CheckErrors();
        return await ToDtoAsync(user);
    }

    /// <inheritdoc/>
    [Authorize(IdentityPermissions.Users.Delete)]
    public async Task DeleteAsync(Guid id)
    {
        var user = await FindAsync(id);
        if (user.Id == currentUser.Id)
        {
            throw new BusinessException(IdentityErrorCodes.CannotChangeSelf, "You cannot delete your own account.");
        }

        (await userManager.DeleteAsync(user)).CheckErrors();
    }

    /// <inheritdoc/>
    [Authorize(IdentityPermissions.Users.Update)]
    public async Task<IdentityUserDto> LockAsync(Guid id, LockIdentityUserDto input)
    {
        var user = await FindAsync(id);
        if (user.Id == currentUser.Id)
        {
            throw new BusinessException(IdentityErrorCodes.CannotChangeSelf, "You cannot lock your own account.");
        }

        (await userManager.SetLockoutEnabledAsync(user, true)).CheckErrors();
        (await userManager.SetLockoutEndDateAsync(user, clock.GetUtcNow().AddMinutes(input.Minutes))).CheckErrors();
        (await userManager.UpdateSecurityStampAsync(user)).CheckErrors();
        return await ToDtoAsync(user);
    }

    /// <inheritdoc/>
    [Authorize(IdentityPermissions.Users.Update)]
    public async Task<IdentityUserDto> UnlockAsync(Guid id)
    {
        var user = await FindAsync(id);
        (await userManager.SetLockoutEndDateAsync(user, null)).CheckErrors();
        (await userManager.ResetAccessFailedCountAsync(user)).CheckErrors();
        return await ToDtoAsync(user);
    }

    /// <inheritdoc/>
    [Authorize(IdentityPermissions.Users.Update)]
    public async Task ResetPasswordAsync(Guid id, ResetIdentityUserPasswordDto input)
    {
        var user = await FindAsync(id);
        // Runs in the call's transaction: if the new password fails the policy, the removal rolls back too.
        (await userManager.RemovePasswordAsync(user)).CheckErrors("newPassword");
        (await userManager.AddPasswordAsync(user, input.NewPassword)).CheckErrors("newPassword");
    }

    private async Task<AppUser> FindAsync(Guid id) =>
        await userManager.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(typeof(AppUser), id);

    private async Task<List<string>> CheckRolesAsync(IEnumerable<string> names)
    {
        var result = new List<string>();
        foreach (var name in names.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var role = await roleManager.FindByNameAsync(name)
                ?? throw new BusinessException(IdentityErrorCodes.UnknownRole, $"There is no role '{name}'.").WithData("roleName", name);
            result.Add(role.Name!);
        }

        return result;
    }

    private async Task<IdentityUserDto> ToDtoAsync(AppUser user) => ToDto(user, [.. await userManager.GetRolesAsync(user)]);

    private IdentityUserDto ToDto(AppUser user, IReadOnlyList<string> roles) => new()
    {
        Id = user.Id,
        UserName = user.UserName!,
        Email = user.Email,
        Name = user.Name,
        Surname = user.Surname,
        PhoneNumber = user.PhoneNumber,
        EmailConfirmed = user.EmailConfirmed,
        IsActive = user.IsActive,
        LockoutEndUtc = user.LockoutEnd is { } end && end > clock.GetUtcNow() ? end.UtcDateTime : null,
        Roles = roles,
        CreationTime = user.CreationTime,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
