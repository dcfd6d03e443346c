using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Data;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;
using Microsoft.Extensions.Options;

namespace FitSaaS.PermissionManagement;

/// <summary>
/// Grants the built-in roles their default permissions: <c>admin</c> every permission of its side,
/// <c>staff</c> and <c>member</c> what modules declared in <see cref="PermissionOptions.DefaultRoleGrants"/>.
/// Idempotent; a new permission in a later version is granted on the next run.
/// </summary>
public sealed class PermissionDataSeedContributor(
    IPermissionDefinitionManager definitions,
    IPermissionGrantRepository grants,
    IOptions<PermissionOptions> options,
    IGuidGenerator guids,
    ICurrentTenant currentTenant) : IDataSeedContributor, ITransientDependency
{
    /// <inheritdoc/>
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var side = context.TenantId is null ? MultiTenancySides.Host : MultiTenancySides.Tenant;
        var sidePermissions = definitions.Permissions.Where(p => p.MultiTenancySide.HasFlag(side)).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var roleGrants = new Dictionary<string, IEnumerable<string>>(StringComparer.Ordinal) { [IdentityConsts.AdminRole] = sidePermissions };
        if (side == MultiTenancySides.Tenant)
        {
            foreach (var (role, names) in options.Value.DefaultRoleGrants)
            {
                roleGrants[role] = names.Where(sidePermissions.Contains);
            }
        }

        foreach (var (role, names) in roleGrants)
        {
            var existing = (await grants.GetListAsync(PermissionGrant.RoleProvider, role, cancellationToken)).Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var name in names.Where(n => !existing.Contains(n)))
            {
                await grants.InsertAsync(new PermissionGrant(guids.Create(), currentTenant.Id, name, PermissionGrant.RoleProvider, role), cancellationToken: cancellationToken);
            }
        }
    }
}
