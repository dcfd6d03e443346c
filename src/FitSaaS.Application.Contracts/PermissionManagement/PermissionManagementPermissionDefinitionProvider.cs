using FitSaaS.Framework.Authorization;

namespace FitSaaS.PermissionManagement;

/// <summary>Defines the PermissionManagement permissions.</summary>
public sealed class PermissionManagementPermissionDefinitionProvider : PermissionDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(IPermissionDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.AddGroup(PermissionManagementPermissions.GroupName, "Permission management")
            .AddPermission(PermissionManagementPermissions.ManagePermissions, "Manage permissions");
    }
}
