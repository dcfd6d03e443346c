using FitSaaS.Framework.Authorization;

namespace FitSaaS.FeatureManagement;

/// <summary>Defines the FeatureManagement permissions (host side).</summary>
public sealed class FeatureManagementPermissionDefinitionProvider : PermissionDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(IPermissionDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = context.AddGroup(FeatureManagementPermissions.GroupName, "Editions and features");
        var editions = group.AddPermission(FeatureManagementPermissions.Editions.Default, "Editions", MultiTenancySides.Host);
        editions.AddChild(FeatureManagementPermissions.Editions.Create, "Create editions");
        editions.AddChild(FeatureManagementPermissions.Editions.Update, "Edit editions and their feature values");
        editions.AddChild(FeatureManagementPermissions.Editions.Delete, "Delete editions");
        var tenants = group.AddPermission(FeatureManagementPermissions.TenantFeatures.Default, "Tenant features", MultiTenancySides.Host);
        tenants.AddChild(FeatureManagementPermissions.TenantFeatures.Manage, "Change tenants' editions and feature overrides");
    }
}
