using FitSaaS.Framework.Application;

namespace FitSaaS.TenantManagement;

/// <summary>Platform operators manage tenants: <c>/api/tenant-management/tenants</c>. Host-side permissions only.</summary>
public interface ITenantAppService : IApplicationService
{
    /// <summary>A page of tenants.</summary>
    Task<PagedResultDto<TenantDto>> GetListAsync(GetTenantListInput input);

    /// <summary>One tenant.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">404.</exception>
    Task<TenantDto> GetAsync(Guid id);

    /// <summary>
    /// Creates the tenant on its edition (default <c>Free</c>), seeds its roles (<c>admin</c>, <c>staff</c>,
    /// <c>member</c>) and its <c>admin</c> user, in one transaction.
    /// </summary>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>TenantManagement:DuplicateTenantName</c> (409), <c>Features:EditionNotFound</c> (400).
    /// </exception>
    /// <exception cref="Framework.Exceptions.FitSaaSValidationException">Invalid name or e-mail, or a password the policy rejects (400).</exception>
    Task<TenantDto> CreateAsync(CreateTenantDto input);

    /// <summary>Renames the tenant.</summary>
    Task<TenantDto> UpdateAsync(Guid id, UpdateTenantDto input);

    /// <summary>Reactivates a tenant: its users can sign in again.</summary>
    Task<TenantDto> ActivateAsync(Guid id);

    /// <summary>Deactivates a tenant: its tokens and logins are refused at once (403 <c>TenantManagement:TenantInactive</c>).</summary>
    Task<TenantDto> DeactivateAsync(Guid id);

    /// <summary>Deletes the tenant (soft): it is no longer found and its requests get 404.</summary>
    Task DeleteAsync(Guid id);
}
