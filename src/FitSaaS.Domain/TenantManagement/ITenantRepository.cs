using FitSaaS.Framework.Domain;

namespace FitSaaS.TenantManagement;

/// <summary>Repository of tenants.</summary>
public interface ITenantRepository : IRepository<Tenant, Guid>
{
    /// <summary>Finds a tenant by normalized (upper-invariant) name.</summary>
    Task<Tenant?> FindByNameAsync(string normalizedName, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads a tenant's resolution data without tracking (by id, or by normalized name when <paramref name="id"/> is null).
    /// Its <see cref="Framework.MultiTenancy.TenantConfiguration.ConnectionString"/> is still the protected (encrypted) value.
    /// </summary>
    Task<Framework.MultiTenancy.TenantConfiguration?> FindConfigurationAsync(Guid? id, string? normalizedName, CancellationToken cancellationToken = default);

    /// <summary>A page of tenants whose name contains <paramref name="filter"/>, and the total count.</summary>
    Task<(List<Tenant> Items, long TotalCount)> GetPagedListAsync(
        string? filter, bool? isActive, string? sortField, bool descending, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);

    /// <summary>The id of the tenant that has the custom domain <paramref name="normalizedHostName"/>, or null.</summary>
    Task<Guid?> FindTenantIdByDomainAsync(string normalizedHostName, CancellationToken cancellationToken = default);
}
