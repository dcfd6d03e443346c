using FitSaaS.FeatureManagement;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.TenantManagement;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.FeatureManagement;

/// <inheritdoc cref="ITenantFeatureValueRepository"/>
public sealed class EfCoreTenantFeatureValueRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, TenantFeatureValue>(dbContextProvider), ITenantFeatureValueRepository
{
    /// <inheritdoc/>
    public async Task<List<TenantFeatureValue>> GetListAsync(Guid tenantId, bool tracking = false, CancellationToken cancellationToken = default)
    {
        var query = (await GetDbSetAsync(cancellationToken)).Where(v => v.TenantId == tenantId);
        return await (tracking ? query : query.AsNoTracking()).ToListAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<(Guid? EditionId, DateTime? EditionEndDateUtc)?> FindTenantEditionAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        var tenant = await (await GetDbContextAsync(cancellationToken)).Set<Tenant>().AsNoTracking()
            .Where(t => t.Id == tenantId)
            .Select(t => new { t.EditionId, t.EditionEndDateUtc })
            .FirstOrDefaultAsync(cancellationToken);
        return tenant is null ? null : (tenant.EditionId, tenant.EditionEndDateUtc is { } end ? DateTime.SpecifyKind(end, DateTimeKind.Utc) : null);
    }
}
