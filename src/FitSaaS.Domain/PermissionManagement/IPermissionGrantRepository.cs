using FitSaaS.Framework.Domain;

namespace FitSaaS.PermissionManagement;

/// <summary>Repository of permission grants.</summary>
public interface IPermissionGrantRepository : IRepository<PermissionGrant, Guid>
{
    /// <summary>Names granted to any of the roles in the tenant (null = host), in one query.</summary>
    Task<List<string>> GetGrantedNamesAsync(Guid? tenantId, IReadOnlyCollection<string> roleNames, CancellationToken cancellationToken = default);

    /// <summary>Grants of one provider in the current tenant.</summary>
    Task<List<PermissionGrant>> GetListAsync(string providerName, string providerKey, CancellationToken cancellationToken = default);
}
