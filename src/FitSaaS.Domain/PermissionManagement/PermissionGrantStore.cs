using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.DependencyInjection;

namespace FitSaaS.PermissionManagement;

/// <summary><see cref="IPermissionGrantStore"/> over the grants table (one query per grant set).</summary>
public sealed class PermissionGrantStore(IPermissionGrantRepository grants) : IPermissionGrantStore, ITransientDependency
{
    /// <inheritdoc/>
    public async Task<IReadOnlySet<string>> GetGrantedToRolesAsync(Guid? tenantId, IReadOnlyCollection<string> roleNames, CancellationToken cancellationToken = default) =>
        (await grants.GetGrantedNamesAsync(tenantId, roleNames, cancellationToken)).ToHashSet(StringComparer.Ordinal);
}
