using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Settings;
using FitSaaS.SettingManagement;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.SettingManagement;

/// <inheritdoc cref="ISettingRepository"/>
/// <remarks>
/// Queries name the level's tenant explicitly instead of relying on the tenant filter, because a
/// tenant's requests also read the host's global rows; each level is read as its own tenant
/// (<see cref="ICurrentTenant.Change"/>: the host for global values), so it comes from that level's database
/// (the host's global rows from the host database) and PostgreSQL's row-level security lets it see exactly
/// that level's rows.
/// </remarks>
public sealed class EfCoreSettingRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider, ICurrentTenant currentTenant)
    : EfCoreRepository<FitSaaSDbContext, Setting>(dbContextProvider), ISettingRepository
{
    /// <inheritdoc/>
    public async Task<List<Setting>> GetListAsync(SettingScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        using (currentTenant.Change(scope.TenantId))
        {
            return await (await InScopeAsync(scope, cancellationToken)).AsNoTracking().ToListAsync(cancellationToken);
        }
    }

    /// <inheritdoc/>
    public async Task<Setting?> FindAsync(SettingScope scope, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        using (currentTenant.Change(scope.TenantId))
        {
            return await (await InScopeAsync(scope, cancellationToken)).FirstOrDefaultAsync(s => s.Name == name, cancellationToken);
        }
    }

    private async ValueTask<IQueryable<Setting>> InScopeAsync(SettingScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var providerName = scope.ProviderName;
        var providerKey = scope.ProviderKey;
        var tenantId = scope.TenantId;
        return (await DbContextProvider.GetDbContextForTenantAsync(tenantId, cancellationToken)).Set<Setting>().IgnoreQueryFilters().Where(s => s.ProviderName == providerName && s.ProviderKey == providerKey && s.TenantId == tenantId);
    }
}
