namespace FitSaaS.Framework.Features;

/// <summary>
/// Where a tenant's feature values come from: the values its operators set (tenant overrides, then
/// the tenant's edition in effect), without definition defaults. The FeatureManagement module provides
/// the database store (cached per tenant); without it every tenant gets the defaults.
/// </summary>
public interface IFeatureValueStore
{
    /// <summary>The tenant's stored values by feature name (override before edition), already validated.</summary>
    Task<IReadOnlyDictionary<string, string>> GetTenantValuesAsync(Guid tenantId, CancellationToken cancellationToken = default);
}
