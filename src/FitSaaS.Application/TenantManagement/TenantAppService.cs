using FitSaaS.Framework.Application;
using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Data;
using FitSaaS.Framework.Exceptions;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.TenantManagement;

/// <inheritdoc cref="ITenantAppService"/>
[Authorize(TenantManagementPermissions.Tenants.Default)]
public sealed class TenantAppService(
    ITenantRepository tenants, TenantManager tenantManager, TenantFeatureManager tenantFeatureManager, IDataSeeder dataSeeder, ITenantDatabaseManager tenantDatabases)
    : ApplicationService, ITenantAppService
{
    /// <summary>Seed property carrying the new tenant admin's e-mail.</summary>
    public const string AdminEmailProperty = "AdminEmail";

    /// <summary>Seed property carrying the new tenant admin's password (memory only).</summary>
    public const string AdminPasswordProperty = "AdminPassword";

    /// <inheritdoc/>
    public async Task<PagedResultDto<TenantDto>> GetListAsync(GetTenantListInput input)
    {
        SortingSpec.TryParse(input.Sorting, ["name", "creationTime"], out var sorting);
        var (items, total) = await tenants.GetPagedListAsync(
            input.Filter, input.IsActive, sorting.Field, sorting.Descending, input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<TenantDto>(total, items.Select(t => t.ToDto()).ToList());
    }

    /// <inheritdoc/>
    public async Task<TenantDto> GetAsync(Guid id) => (await tenants.GetAsync(id)).ToDto();

    /// <inheritdoc/>
    [Authorize(TenantManagementPermissions.Tenants.Create)]
    public async Task<TenantDto> CreateAsync(CreateTenantDto input)
    {
        var connectionString = string.IsNullOrWhiteSpace(input.ConnectionString) ? null : input.ConnectionString.Trim();
        if (connectionString is not null)
        {
            tenantDatabases.Validate(connectionString);
        }

        var tenant = await tenantManager.CreateAsync(input.Name, connectionString);
        await tenantFeatureManager.AssignInitialEditionAsync(tenant, input.EditionId, input.EditionName);
        await tenants.InsertAsync(tenant, autoSave: true);
        var seed = new DataSeedContext(tenant.Id);
        seed.Properties[AdminEmailProperty] = input.AdminEmail;
        seed.Properties[AdminPasswordProperty] = input.AdminPassword;
        if (connectionString is null)
        {
            await dataSeeder.SeedAsync(seed);
        }
        else
        {
            // The tenant row stays uncommitted until this call returns: a failure here rolls it back too.
            await tenantDatabases.CreateAsync(tenant.Id, tenant.Name, connectionString, seed);
        }

        return tenant.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(TenantManagementPermissions.Tenants.Update)]
    public async Task<TenantDto> UpdateAsync(Guid id, UpdateTenantDto input)
    {
        var tenant = await tenants.GetAsync(id);
        if (input.ConcurrencyStamp is not null)
        {
            tenant.ConcurrencyStamp = input.ConcurrencyStamp;
        }

        await tenantManager.ChangeNameAsync(tenant, input.Name);
        await tenants.UpdateAsync(tenant, autoSave: true);
        return tenant.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(TenantManagementPermissions.Tenants.ManageActivation)]
    public async Task<TenantDto> ActivateAsync(Guid id)
    {
        var tenant = await tenants.GetAsync(id);
        tenant.Activate();
        await tenants.UpdateAsync(tenant, autoSave: true);
        return tenant.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(TenantManagementPermissions.Tenants.ManageActivation)]
    public async Task<TenantDto> DeactivateAsync(Guid id)
    {
        var tenant = await tenants.GetAsync(id);
        tenant.Deactivate();
        await tenants.UpdateAsync(tenant, autoSave: true);
        return tenant.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(TenantManagementPermissions.Tenants.Delete)]
    public async Task DeleteAsync(Guid id)
    {
        var tenant = await tenants.GetAsync(id);
        tenant.MarkDeleting();
        await tenants.DeleteAsync(tenant);
    }

    /// <inheritdoc/>
    [Authorize(TenantManagementPermissions.Tenants.ManageDomains)]
    public async Task<TenantDto> AddDomainAsync(Guid id, AddTenantDomainDto input)
    {
        var tenant = await tenants.GetAsync(id);
        await tenantManager.AddDomainAsync(tenant, input.HostName);
        await tenants.UpdateAsync(tenant, autoSave: true);
        return tenant.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(TenantManagementPermissions.Tenants.ManageDomains)]
    public async Task RemoveDomainAsync(Guid id, string hostName)
    {
        var tenant = await tenants.GetAsync(id);
        if (!tenant.RemoveDomain(hostName ?? string.Empty))
        {
            throw new EntityNotFoundException(typeof(TenantDomain), hostName);
        }

        await tenants.UpdateAsync(tenant, autoSave: true);
    }
}
