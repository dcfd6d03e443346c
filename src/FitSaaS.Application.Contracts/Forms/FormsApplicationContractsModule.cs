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

            // Legal documents, signatures, consents, guardians and gates.

            // Data subject requests, member import and export.
            options.GrantToRole("member", FormsPermissions.DataRequests.Default);
            options.GrantToRole("staff", FormsPermissions.DataRequests.Default, FormsPermissions.DataRequests.Manage);
        });
    }
}
