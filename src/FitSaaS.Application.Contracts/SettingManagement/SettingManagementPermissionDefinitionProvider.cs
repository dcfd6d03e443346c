using FitSaaS.Framework.Authorization;

namespace FitSaaS.SettingManagement;

/// <summary>Defines the SettingManagement permissions.</summary>
public sealed class SettingManagementPermissionDefinitionProvider : PermissionDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(IPermissionDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = context.AddGroup(SettingManagementPermissions.GroupName, "Settings");
        group.AddPermission(SettingManagementPermissions.Tenant, "Manage the gym's settings", MultiTenancySides.Tenant);
        group.AddPermission(SettingManagementPermissions.Global, "Manage global settings", MultiTenancySides.Host);
    }
}
