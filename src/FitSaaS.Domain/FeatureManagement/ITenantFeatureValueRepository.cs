using FitSaaS.Framework.Domain;

namespace FitSaaS.FeatureManagement;

/// <summary>Repository of tenant overrides.</summary>
public interface ITenantFeatureValueRepository : IRepository<TenantFeatureValue, Guid>
{
    /// <summary>The tenant's overrides (untracked unless <paramref name="tracking"/>).</summary>
    Task<List<TenantFeatureValue>> GetListAsync(Guid tenantId, bool tracking = false, CancellationToken cancellationToken = default);

    /// <summary>The tenant's edition and its end date (untracked); null when there is no such (not deleted) tenant.</summary>
    Task<(Guid? EditionId, DateTime? EditionEndDateUtc)?> FindTenantEditionAsync(Guid tenantId, CancellationToken cancellationToken = default);
}
