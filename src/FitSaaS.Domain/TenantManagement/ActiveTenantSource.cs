using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.TenantManagement;

/// <summary><see cref="IActiveTenantSource"/> over the tenant repository (read as the host, page by page, by creation order).</summary>
public sealed class ActiveTenantSource(ITenantRepository tenants, ICurrentTenant currentTenant) : IActiveTenantSource, ITransientDependency
{
    private const int PageSize = 500;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Guid>> GetActiveTenantIdsAsync(CancellationToken cancellationToken = default)
    {
        using var host = currentTenant.Change(null);
        var ids = new List<Guid>();
        while (true)
        {
            var (items, _) = await tenants.GetPagedListAsync(null, true, "creationTime", false, ids.Count, PageSize, cancellationToken);
            ids.AddRange(items.Select(tenant => tenant.Id));
            if (items.Count < PageSize)
            {
                return ids;
            }
        }
    }
}
