using FitSaaS.Framework.Application;

namespace FitSaaS.FeatureManagement;

/// <summary>
/// Platform operators read and set a tenant's edition and feature overrides:
/// <c>/api/feature-management/tenants/{tenantId}/features</c> and <c>…/{tenantId}/edition</c>. Host-side
/// permissions only (<c>FitSaaS.FeatureManagement.TenantFeatures.*</c>).
/// </summary>
[HttpApiRoute("api/feature-management/tenants")]
public interface ITenantFeatureAppService : IApplicationService
{
    /// <summary>Every defined feature with the tenant's resolved value and its source (<c>GET …/{tenantId}/features</c>).</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">No such tenant.</exception>
    [HttpApiRoute("{tenantId}/features")]
    Task<TenantFeaturesDto> GetFeaturesAsync(Guid tenantId);

    /// <summary>
    /// Sets or removes (null value) the tenant's overrides (<c>PUT …/{tenantId}/features</c>); all or nothing; the
    /// tenant sees the change at once.
    /// </summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Features:UnknownFeature</c> / <c>Features:InvalidValue</c>.</exception>
    [HttpApiRoute("{tenantId}/features")]
    Task<TenantFeaturesDto> UpdateFeaturesAsync(Guid tenantId, UpdateFeatureValuesDto input);

    /// <summary>Puts the tenant on an edition, optionally until an end date (<c>PUT …/{tenantId}/edition</c>).</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Features:EditionNotFound</c>, <c>Features:EndDateWithoutEdition</c>.</exception>
    [HttpApiRoute("{tenantId}/edition")]
    Task<TenantFeaturesDto> UpdateEditionAsync(Guid tenantId, UpdateTenantEditionDto input);
}
