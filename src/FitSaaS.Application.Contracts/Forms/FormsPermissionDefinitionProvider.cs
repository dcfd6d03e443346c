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
        var forms = group.AddPermission(FormsPermissions.Forms.Default, "Published forms", MultiTenancySides.Tenant);
        forms.AddChild(FormsPermissions.Forms.Manage, "Manage and publish forms", MultiTenancySides.Tenant);
        var submissions = group.AddPermission(FormsPermissions.Submissions.Default, "Own form submissions", MultiTenancySides.Tenant);
        submissions.AddChild(FormsPermissions.Submissions.SubmitForMembers, "Submit forms for members", MultiTenancySides.Tenant);
        submissions.AddChild(FormsPermissions.Submissions.Review, "Review form submissions", MultiTenancySides.Tenant);
        var issued = group.AddPermission(FormsPermissions.IssuedForms.Default, "Own issued forms", MultiTenancySides.Tenant);
        issued.AddChild(FormsPermissions.IssuedForms.Manage, "Issue forms to members", MultiTenancySides.Tenant);

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
        var dataRequests = group.AddPermission(FormsPermissions.DataRequests.Default, "Data subject requests (own)", MultiTenancySides.Tenant);
        dataRequests.AddChild(FormsPermissions.DataRequests.Manage, "Manage data subject requests and member data", MultiTenancySides.Tenant);
        var memberData = group.AddPermission(FormsPermissions.MemberData.Default, "Export member data (CSV)", MultiTenancySides.Tenant);
        memberData.AddChild(FormsPermissions.MemberData.Import, "Import members (CSV)", MultiTenancySides.Tenant);
    }
}
