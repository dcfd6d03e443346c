using FitSaaS.Framework.Application;

namespace FitSaaS.Identity;

/// <summary>Admins manage roles: <c>/api/identity/roles</c>. Permissions of a role are managed through permission management.</summary>
public interface IRoleAppService : IApplicationService
{
    /// <summary>All roles of the tenant with their user counts.</summary>
    Task<PagedResultDto<IdentityRoleDto>> GetListAsync(PagedResultRequestDto input);

    /// <summary>Creates a custom role (no permissions until granted).</summary>
    Task<IdentityRoleDto> CreateAsync(CreateUpdateIdentityRoleDto input);

    /// <summary>Renames a custom role; its permission grants follow the new name.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><see cref="IdentityErrorCodes.BuiltInRole"/>.</exception>
    Task<IdentityRoleDto> UpdateAsync(Guid id, CreateUpdateIdentityRoleDto input);

    /// <summary>Deletes a custom role nobody holds and its grants.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <see cref="IdentityErrorCodes.RoleInUse"/> while users hold it; <see cref="IdentityErrorCodes.BuiltInRole"/>.
    /// </exception>
    Task DeleteAsync(Guid id);
}
