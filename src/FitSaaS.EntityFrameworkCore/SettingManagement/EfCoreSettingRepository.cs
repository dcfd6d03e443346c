using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Settings;
using FitSaaS.SettingManagement;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.SettingManagement;

/// <inheritdoc cref="ISettingRepository"/>
/// <remarks>
/// Queries name the level's tenant explicitly instead of relying on the tenant filter, because a
/// tenant's requests also read the host's global rows; each level is read from its own database (the
/// host's global rows from the host database, a tenant's rows from the tenant's database).
/// </remarks>
public sealed class EfCoreSettingRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, Setting>(dbContextProvider), ISettingRepository
{
    /// <inheritdoc/>
    public Task<List<Setting>> GetListAsync(SettingScope scope, CancellationToken cancellationToken = default) =>
        InScope(scope).AsNoTracking().ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public Task<Setting?> FindAsync(SettingScope scope, string name, CancellationToken cancellationToken = default) =>
        InScope(scope).FirstOrDefaultAsync(s => s.Name == name, cancellationToken);

    private IQueryable<Setting> InScope(SettingScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var providerName = scope.ProviderName;
        var providerKey = scope.ProviderKey;
        var tenantId = scope.TenantId;
        return DbContextProvider.GetDbContextForTenant(tenantId).Set<Setting>().IgnoreQueryFilters().Where(s => s.ProviderName == providerName && s.ProviderKey == providerKey && s.TenantId == tenantId);
    }
}
