using FitSaaS.Framework.Authorization;

namespace FitSaaS.Forms;

/// <summary>Defines the Forms permissions (all tenant-side).</summary>
public sealed class FormsPermissionDefinitionProvider : PermissionDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(IPermissionDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = context.AddGroup(FormsPermissions.GroupName, "Forms and compliance");

        // The forms engine.

        // Legal documents, signatures, consents, guardians and gates.

        // Data subject requests, member import and export.
        var dataRequests = group.AddPermission(FormsPermissions.DataRequests.Default, "Data subject requests (own)", MultiTenancySides.Tenant);
        dataRequests.AddChild(FormsPermissions.DataRequests.Manage, "Manage data subject requests and member data", MultiTenancySides.Tenant);
    }
}
