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
    Task<IdentityRoleDto> UpdateAsync(Guid id, CreateUpdateIdentityRoleDto input);

    /// <summary>Deletes a custom role nobody holds (<c>Identity:RoleInUse</c> otherwise) and its grants.</summary>
    Task DeleteAsync(Guid id);
}
