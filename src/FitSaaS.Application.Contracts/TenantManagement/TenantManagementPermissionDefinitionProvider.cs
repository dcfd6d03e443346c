using FitSaaS.Framework.Authorization;

namespace FitSaaS.TenantManagement;

/// <summary>Defines the TenantManagement permissions (host side).</summary>
public sealed class TenantManagementPermissionDefinitionProvider : PermissionDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(IPermissionDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = context.AddGroup(TenantManagementPermissions.GroupName, "Tenant management");
        var tenants = group.AddPermission(TenantManagementPermissions.Tenants.Default, "Tenants", MultiTenancySides.Host);
        tenants.AddChild(TenantManagementPermissions.Tenants.Create, "Create tenants");
        tenants.AddChild(TenantManagementPermissions.Tenants.Update, "Rename tenants");
        tenants.AddChild(TenantManagementPermissions.Tenants.Delete, "Delete tenants");
        tenants.AddChild(TenantManagementPermissions.Tenants.ManageActivation, "Activate and deactivate tenants");
        tenants.AddChild(TenantManagementPermissions.Tenants.ManageDomains, "Manage tenants' custom domains");
    }
}
