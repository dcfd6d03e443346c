using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.PermissionManagement;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.PermissionManagement;

/// <inheritdoc cref="IPermissionGrantRepository"/>
public sealed class EfCorePermissionGrantRepository(FitSaaSDbContext dbContext)
    : EfCoreRepository<FitSaaSDbContext, PermissionGrant>(dbContext), IPermissionGrantRepository
{
    /// <inheritdoc/>
    public Task<List<string>> GetGrantedNamesAsync(Guid? tenantId, IReadOnlyCollection<string> roleNames, CancellationToken cancellationToken = default) =>
        DbSet.IgnoreQueryFilters().AsNoTracking()
            .Where(g => g.TenantId == tenantId && g.ProviderName == PermissionGrant.RoleProvider && roleNames.Contains(g.ProviderKey))
            .Select(g => g.Name)
            .Distinct()
            .ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public Task<List<PermissionGrant>> GetListAsync(string providerName, string providerKey, CancellationToken cancellationToken = default) =>
        DbSet.Where(g => g.ProviderName == providerName && g.ProviderKey == providerKey).ToListAsync(cancellationToken);
}
