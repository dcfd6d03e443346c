using FitSaaS.Framework.Application;

namespace FitSaaS.TenantManagement;

/// <summary>Platform operators manage tenants: <c>/api/tenant-management/tenants</c>. Host-side permissions only.</summary>
public interface ITenantAppService : IApplicationService
{
    /// <summary>A page of tenants.</summary>
    Task<PagedResultDto<TenantDto>> GetListAsync(GetTenantListInput input);

    /// <summary>One tenant.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">No such tenant (or a deleted one).</exception>
    Task<TenantDto> GetAsync(Guid id);

    /// <summary>
    /// Creates the tenant on its edition (default <c>Free</c>), seeds its roles (<c>admin</c>, <c>staff</c>,
    /// <c>member</c>) and its <c>admin</c> user, in one transaction. With a <see cref="CreateTenantDto.ConnectionString"/>
    /// it also creates, migrates and seeds the tenant's own database; on failure neither the tenant nor a database it
    /// created is kept.
    /// </summary>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>TenantManagement:DuplicateTenantName</c>, <c>Features:EditionNotFound</c>,
    /// <c>TenantManagement:OwnDatabaseNotSupported</c>, <c>TenantManagement:InvalidConnectionString</c>,
    /// <c>TenantManagement:TenantDatabaseUnavailable</c>.
    /// </exception>
    /// <exception cref="Framework.Exceptions.FitSaaSValidationException">Invalid name or e-mail, or a password the policy rejects.</exception>
    Task<TenantDto> CreateAsync(CreateTenantDto input);

    /// <summary>Renames the tenant.</summary>
    Task<TenantDto> UpdateAsync(Guid id, UpdateTenantDto input);

    /// <summary>Reactivates a tenant: its users can sign in again.</summary>
    Task<TenantDto> ActivateAsync(Guid id);

    /// <summary>Deactivates a tenant: its tokens and logins are refused at once (<c>TenantManagement:TenantInactive</c>).</summary>
    Task<TenantDto> DeactivateAsync(Guid id);

    /// <summary>
    /// Deletes the tenant (soft): it is no longer found and its requests are answered as for an unknown tenant; its custom domains are released.
    /// The DbMigrator's <c>purge-tenant</c> command erases a deleted tenant's data.
    /// </summary>
    Task DeleteAsync(Guid id);

    /// <summary>Adds a custom domain: requests whose <c>Host</c> is that name resolve to the tenant.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>TenantManagement:DuplicateDomain</c> (another tenant has it), <c>TenantManagement:InvalidDomain</c>.
    /// </exception>
    Task<TenantDto> AddDomainAsync(Guid id, AddTenantDomainDto input);

    /// <summary>Removes a custom domain of the tenant.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">The tenant or the domain does not exist.</exception>
    Task RemoveDomainAsync(Guid id, string hostName);
}
