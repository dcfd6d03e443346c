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
        group.AddPermission(FormsPermissions.LegalDocuments.Default, "Legal documents", MultiTenancySides.Tenant)
            .AddChild(FormsPermissions.LegalDocuments.Manage, "Manage legal documents", MultiTenancySides.Tenant);
        group.AddPermission(FormsPermissions.Signatures.Default, "Sign legal documents", MultiTenancySides.Tenant)
            .AddChild(FormsPermissions.Signatures.ManageForMembers, "Members' signatures (desk)", MultiTenancySides.Tenant);
        group.AddPermission(FormsPermissions.Consents.Default, "Consents (own)", MultiTenancySides.Tenant)
            .AddChild(FormsPermissions.Consents.ManageForMembers, "Members' consents", MultiTenancySides.Tenant);
        group.AddPermission(FormsPermissions.Guardians.Default, "Profile and guardians (own)", MultiTenancySides.Tenant)
            .AddChild(FormsPermissions.Guardians.Manage, "Manage profiles and guardians", MultiTenancySides.Tenant);

        // Data subject requests, member import and export.
    }
}
