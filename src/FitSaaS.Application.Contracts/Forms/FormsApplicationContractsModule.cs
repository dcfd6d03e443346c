using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Forms;

/// <summary>The Forms module's application-service contracts, DTOs and permission definitions.</summary>
[DependsOn(typeof(FormsDomainSharedModule))]
public sealed class FormsApplicationContractsModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.Configure<PermissionOptions>(options =>
        {
            options.DefinitionProviders.Add(typeof(FormsPermissionDefinitionProvider));

            // The forms engine.
            options.GrantToRole(
                "member",
                FormsPermissions.Forms.Default,
                FormsPermissions.Submissions.Default,
                FormsPermissions.IssuedForms.Default);
            options.GrantToRole(
                "staff",
                FormsPermissions.Forms.Default,
                FormsPermissions.Forms.Manage,
                FormsPermissions.Submissions.Default,
                FormsPermissions.Submissions.SubmitForMembers,
                FormsPermissions.Submissions.Review,
                FormsPermissions.IssuedForms.Default,
                FormsPermissions.IssuedForms.Manage);

            // Legal documents, signatures, consents, guardians and gates.
            options.GrantToRole(
                "member",
                FormsPermissions.LegalDocuments.Default,
                FormsPermissions.Signatures.Default,
                FormsPermissions.Consents.Default,
                FormsPermissions.Guardians.Default);
            options.GrantToRole(
                "staff",
                FormsPermissions.LegalDocuments.Default,
                FormsPermissions.LegalDocuments.Manage,
                FormsPermissions.Signatures.Default,
                FormsPermissions.Signatures.ManageForMembers,
                FormsPermissions.Consents.Default,
                FormsPermissions.Consents.ManageForMembers,
                FormsPermissions.Guardians.Default,
                FormsPermissions.Guardians.Manage);

            // Data subject requests, member import and export.
            options.GrantToRole("member", FormsPermissions.DataRequests.Default);
            options.GrantToRole("staff", FormsPermissions.DataRequests.Default, FormsPermissions.DataRequests.Manage);
        });
    }
}
