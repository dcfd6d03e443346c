using System.ComponentModel.DataAnnotations;
using FitSaaS.Framework.Application;

namespace FitSaaS.PermissionManagement;

/// <summary>
/// Grants of roles, users and clients: <c>GET/PUT /api/permission-management/permissions?providerName=R&amp;providerKey=staff</c>.
/// Host admins manage host-side grants, tenant admins their tenant's (the current tenant decides).
/// </summary>
public interface IPermissionAppService : IApplicationService
{
    /// <summary>The permission tree of the current side with the provider's grants.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>PermissionManagement:UnknownProvider</c>, <c>PermissionManagement:UnknownProviderKey</c>.</exception>
    Task<GetPermissionListResultDto> GetAsync([Required] string providerName, [Required] string providerKey);

    /// <summary>Grants and revokes in one transaction; cached grant sets of the tenant are invalidated at commit.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>PermissionManagement:UnknownPermission</c> for a name that is not defined on the current side.</exception>
    Task UpdateAsync([Required] string providerName, [Required] string providerKey, UpdatePermissionsDto input);
}
