using FitSaaS.Framework.Domain;

namespace FitSaaS.PermissionManagement;

/// <summary>Repository of permission grants.</summary>
public interface IPermissionGrantRepository : IRepository<PermissionGrant, Guid>
{
    /// <summary>
    /// Names granted in the tenant (null = host) to the user directly or to any role the user has in the
    /// database, in one query.
    /// </summary>
    Task<List<string>> GetGrantedToUserAsync(Guid? tenantId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Names granted in the tenant (null = host) to any of the keys of one provider, in one query.</summary>
    Task<List<string>> GetGrantedNamesAsync(Guid? tenantId, string providerName, IReadOnlyCollection<string> providerKeys, CancellationToken cancellationToken = default);

    /// <summary>Grants of one provider in the current tenant.</summary>
    Task<List<PermissionGrant>> GetListAsync(string providerName, string providerKey, CancellationToken cancellationToken = default);
}
