using FitSaaS.Framework.Application;
using FitSaaS.Framework.Events;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace FitSaaS.Identity;

/// <inheritdoc cref="IRoleAppService"/>
[Authorize(IdentityPermissions.Roles.Default)]
public sealed class RoleAppService(
    RoleManager<AppRole> roleManager,
    IIdentityUserReadRepository users,
    ILocalEventBus localEvents,
    IGuidGenerator guids,
    ICurrentTenant currentTenant) : ApplicationService, IRoleAppService
{
    private static readonly string[] s_builtIn = [IdentityConsts.AdminRole, IdentityConsts.StaffRole, IdentityConsts.MemberRole];

    /// <inheritdoc/>
    public async Task<PagedResultDto<IdentityRoleDto>> GetListAsync(PagedResultRequestDto input)
    {
        var roles = await users.GetRolesWithUserCountsAsync();
        return new PagedResultDto<IdentityRoleDto>(roles.Count, roles.Skip(input.SkipCount).Take(input.MaxResultCount).Select(r => ToDto(r.Role, r.UserCount)).ToList());
    }

    /// <inheritdoc/>
    [Authorize(IdentityPermissions.Roles.Create)]
    public async Task<IdentityRoleDto> CreateAsync(CreateUpdateIdentityRoleDto input)
    {
        var role = new AppRole(guids.Create(), currentTenant.Id, input.Name.Trim());
        (await roleManager.CreateAsync(role)).CheckErrors();
        return ToDto(role, 0);
    }

    /// <inheritdoc/>
    [Authorize(IdentityPermissions.Roles.Update)]
    public async Task<IdentityRoleDto> UpdateAsync(Guid id, CreateUpdateIdentityRoleDto input)
    {
        var role = await FindCustomAsync(id);
        var oldName = role.Name!;
        (await roleManager.SetRoleNameAsync(role, input.Name.Trim())).CheckErrors();
        (await roleManager.UpdateAsync(role)).CheckErrors();
        await localEvents.PublishAsync(new RoleRenamedEvent(currentTenant.Id, oldName, role.Name!));
        var count = (await users.GetRolesWithUserCountsAsync()).FirstOrDefault(r => r.Role.Id == id).UserCount;
        return ToDto(role, count);
    }

    /// <inheritdoc/>
    [Authorize(IdentityPermissions.Roles.Delete)]
    public async Task DeleteAsync(Guid id)
    {
        var role = await FindCustomAsync(id);
        var holders = (await users.GetRolesWithUserCountsAsync()).FirstOrDefault(r => r.Role.Id == id).UserCount;
        if (holders > 0)
        {
            throw new BusinessException(IdentityErrorCodes.RoleInUse, $"{holders} user(s) hold this role.").WithData("userCount", holders);
        }

        (await roleManager.DeleteAsync(role)).CheckErrors();
        await localEvents.PublishAsync(new RoleDeletedEvent(currentTenant.Id, role.Name!));
    }

    private async Task<AppRole> FindCustomAsync(Guid id)
    {
        var role = await roleManager.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(typeof(AppRole), id);
        return s_builtIn.Contains(role.Name, StringComparer.OrdinalIgnoreCase)
            ? throw new BusinessException(IdentityErrorCodes.BuiltInRole, "Built-in roles cannot be renamed or deleted.")
            : role;
    }

    private static IdentityRoleDto ToDto(AppRole role, int userCount) => new()
    {
        Id = role.Id,
        Name = role.Name!,
        IsBuiltIn = s_builtIn.Contains(role.Name, StringComparer.OrdinalIgnoreCase),
        UserCount = userCount,
    };
}
