using FitSaaS.Framework.Application;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Uow;
using FitSaaS.TenantManagement;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.FeatureManagement;

/// <inheritdoc cref="ITenantFeatureAppService"/>
[Authorize(FeatureManagementPermissions.TenantFeatures.Default)]
public sealed class TenantFeatureAppService(
    ITenantRepository tenants,
    IEditionRepository editions,
    TenantFeatureManager tenantFeatureManager,
    FeatureValueStore store,
    IFeatureDefinitionManager definitions,
    IUnitOfWorkManager unitOfWorkManager) : ApplicationService, ITenantFeatureAppService
{
    /// <inheritdoc/>
    public async Task<TenantFeaturesDto> GetFeaturesAsync(Guid tenantId)
    {
        await tenants.GetAsync(tenantId);
        return await ReadAsync(tenantId, cached: true);
    }

    /// <inheritdoc/>
    [Authorize(FeatureManagementPermissions.TenantFeatures.Manage)]
    public async Task<TenantFeaturesDto> UpdateFeaturesAsync(Guid tenantId, UpdateFeatureValuesDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        await tenants.GetAsync(tenantId);
        await tenantFeatureManager.SetOverridesAsync(tenantId, input.Features.Select(f => new KeyValuePair<string, string?>(f.Name, f.Value)));
        await SaveAsync();
        return await ReadAsync(tenantId, cached: false);
    }

    /// <inheritdoc/>
    [Authorize(FeatureManagementPermissions.TenantFeatures.Manage)]
    public async Task<TenantFeaturesDto> UpdateEditionAsync(Guid tenantId, UpdateTenantEditionDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var tenant = await tenants.GetAsync(tenantId);
        Guid? editionId = input.EditionId is null && string.IsNullOrWhiteSpace(input.EditionName)
            ? null
            : await tenantFeatureManager.GetEditionIdAsync(input.EditionId, input.EditionName);
        await tenantFeatureManager.AssignEditionAsync(tenant, editionId, input.EndDateUtc);
        await tenants.UpdateAsync(tenant);
        await SaveAsync();
        return await ReadAsync(tenantId, cached: false);
    }

    private async Task SaveAsync()
    {
        if (unitOfWorkManager.Current is { } unitOfWork)
        {
            await unitOfWork.SaveChangesAsync();
        }
    }

    private async Task<TenantFeaturesDto> ReadAsync(Guid tenantId, bool cached)
    {
        // After a change, read past the cache: the change is not committed yet and must not be cached before it is.
        var snapshot = cached ? await store.GetSnapshotAsync(tenantId) : await store.LoadSnapshotAsync(tenantId);
        var editionName = snapshot.EditionId is { } id ? (await editions.GetNamesAsync([id])).GetValueOrDefault(id) : null;
        return snapshot.ToDto(editionName, definitions);
    }
}
