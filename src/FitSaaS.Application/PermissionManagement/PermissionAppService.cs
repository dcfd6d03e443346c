using FitSaaS.Framework.Application;
using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace FitSaaS.PermissionManagement;

/// <inheritdoc cref="IPermissionAppService"/>
[Authorize(PermissionManagementPermissions.ManagePermissions)]
public sealed class PermissionAppService(
    IPermissionDefinitionManager definitions,
    IPermissionGrantRepository grants,
    RoleManager<AppRole> roles,
    UserManager<AppUser> users,
    OpenIddict.Abstractions.IOpenIddictApplicationManager clients,
    IGuidGenerator guids,
    ICurrentTenant currentTenant) : ApplicationService, IPermissionAppService
{
    /// <inheritdoc/>
    public async Task<GetPermissionListResultDto> GetAsync(string providerName, string providerKey)
    {
        providerKey = await NormalizeKeyAsync(providerName, providerKey);
        var granted = (await grants.GetListAsync(providerName, providerKey)).Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
        var side = Side;
        return new GetPermissionListResultDto
        {
            ProviderName = providerName,
            ProviderKey = providerKey,
            Groups = definitions.Groups
                .Select(g => new PermissionGroupDto
                {
                    Name = g.Name,
                    DisplayName = g.DisplayName,
                    Permissions = g.Permissions.SelectMany(Flatten)
                        .Where(p => p.MultiTenancySide.HasFlag(side))
                        .Select(p => new PermissionGrantInfoDto { Name = p.Name, DisplayName = p.DisplayName, ParentName = p.Parent?.Name, IsGranted = granted.Contains(p.Name) })
                        .ToList(),
                })
                .Where(g => g.Permissions.Count > 0)
                .ToList(),
        };
    }

    /// <inheritdoc/>
    public async Task UpdateAsync(string providerName, string providerKey, UpdatePermissionsDto input)
    {
        providerKey = await NormalizeKeyAsync(providerName, providerKey);
        var side = Side;
        var unknown = input.Permissions.Where(p => definitions.Find(p.Name) is not { } d || !d.MultiTenancySide.HasFlag(side)).Select(p => p.Name).ToList();
        if (unknown.Count > 0)
        {
            throw new BusinessException(PermissionManagementErrorCodes.UnknownPermission, "Some permissions are not defined on this side.")
                .WithData("names", unknown);
        }

        var existing = (await grants.GetListAsync(providerName, providerKey)).ToDictionary(g => g.Name, StringComparer.Ordinal);
        foreach (var change in input.Permissions)
        {
            if (change.IsGranted && !existing.ContainsKey(change.Name))
            {
                existing[change.Name] = await grants.InsertAsync(new PermissionGrant(guids.Create(), currentTenant.Id, change.Name, providerName, providerKey));
            }
            else if (!change.IsGranted && existing.Remove(change.Name, out var grant))
            {
                await grants.DeleteAsync(grant);
            }
        }
    }

    private MultiTenancySides Side => currentTenant.IsAvailable ? MultiTenancySides.Tenant : MultiTenancySides.Host;

    private async Task<string> NormalizeKeyAsync(string providerName, string providerKey)
    {
        switch (providerName)
        {
            case PermissionGrant.RoleProvider:
                var role = await roles.FindByNameAsync(providerKey);
                return role?.Name ?? throw UnknownKey(providerName, providerKey);
            case PermissionGrant.UserProvider:
                var user = Guid.TryParse(providerKey, out var userId) ? await users.FindByIdAsync(userId.ToString()) : null;
                return user?.Id.ToString() ?? throw UnknownKey(providerName, providerKey);
            case PermissionGrant.ClientProvider:
                var client = await clients.FindByClientIdAsync(providerKey) as OAuthApplication;
                return client is not null && client.TenantId == currentTenant.Id ? client.ClientId! : throw UnknownKey(providerName, providerKey);
            default:
                throw new BusinessException(PermissionManagementErrorCodes.UnknownProvider, "providerName must be R (role), U (user) or C (client).")
                    .WithData("providerName", providerName);
        }
    }

    private static BusinessException UnknownKey(string providerName, string providerKey) =>
        new BusinessException(PermissionManagementErrorCodes.UnknownProviderKey, "No such role, user or client in this tenant.")
            .WithData("providerName", providerName)
            .WithData("providerKey", providerKey);

    private static IEnumerable<PermissionDefinition> Flatten(PermissionDefinition permission) =>
        permission.Children.SelectMany(Flatten).Prepend(permission);
}
