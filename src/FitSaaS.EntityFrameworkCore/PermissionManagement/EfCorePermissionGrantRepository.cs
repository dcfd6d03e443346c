using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;
using FitSaaS.PermissionManagement;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.PermissionManagement;

/// <inheritdoc cref="IPermissionGrantRepository"/>
/// <remarks>
/// The grant-set queries name their tenant explicitly (the caller may check for another tenant than the ambient
/// one) and run as that tenant (<see cref="ICurrentTenant.Change"/>), so they read that tenant's database and
/// PostgreSQL's row-level security shows them exactly that tenant's rows.
/// </remarks>
public sealed class EfCorePermissionGrantRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider, ICurrentTenant currentTenant)
    : EfCoreRepository<FitSaaSDbContext, PermissionGrant>(dbContextProvider), IPermissionGrantRepository
{
    /// <inheritdoc/>
    public async Task<List<string>> GetGrantedToUserAsync(Guid? tenantId, Guid userId, CancellationToken cancellationToken = default)
    {
        var userKey = userId.ToString();
        // The tenant is explicit here (the caller may check for another tenant than the ambient one), so filters are off.
        var roleNames =
            from userRole in (await GetDbContextAsync(cancellationToken)).Set<AppUserRole>().IgnoreQueryFilters()
            join role in (await GetDbContextAsync(cancellationToken)).Set<AppRole>().IgnoreQueryFilters() on userRole.RoleId equals role.Id
            where userRole.UserId == userId && role.TenantId == tenantId
            select role.Name;
        using (currentTenant.Change(tenantId))
        {
            return await (await GetDbSetAsync(cancellationToken)).IgnoreQueryFilters().AsNoTracking()
                .Where(g => g.TenantId == tenantId &&
                    ((g.ProviderName == PermissionGrant.UserProvider && g.ProviderKey == userKey) ||
                     (g.ProviderName == PermissionGrant.RoleProvider && roleNames.Contains(g.ProviderKey))))
                .Select(g => g.Name)
                .Distinct()
                .ToListAsync(cancellationToken);
        }
    }

    /// <inheritdoc/>
    public async Task<List<string>> GetGrantedNamesAsync(Guid? tenantId, string providerName, IReadOnlyCollection<string> providerKeys, CancellationToken cancellationToken = default)
    {
        using (currentTenant.Change(tenantId))
        {
            return await (await GetDbSetAsync(cancellationToken)).IgnoreQueryFilters().AsNoTracking()
                .Where(g => g.TenantId == tenantId && g.ProviderName == providerName && providerKeys.Contains(g.ProviderKey))
                .Select(g => g.Name)
                .Distinct()
                .ToListAsync(cancellationToken);
        }
    }

    /// <inheritdoc/>
    public async Task<List<PermissionGrant>> GetListAsync(string providerName, string providerKey, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).Where(g => g.ProviderName == providerName && g.ProviderKey == providerKey).ToListAsync(cancellationToken);
}
