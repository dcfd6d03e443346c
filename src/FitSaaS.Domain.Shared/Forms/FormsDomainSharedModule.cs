using FitSaaS.FeatureManagement;
using FitSaaS.Framework;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Forms;

/// <summary>The Forms module's constants, enums, error codes and feature definitions.</summary>
[DependsOn(typeof(FitSaaSFrameworkModule), typeof(FeatureManagementDomainSharedModule))]
public sealed class FormsDomainSharedModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.Configure<ExceptionHttpStatusOptions>(options =>
        {
            // The forms engine.

            // Legal documents, signatures, consents, guardians and gates.

            // Data subject requests, member import and export.
            options
                .Map(FormsErrorCodes.DataRequestInvalidStatus, 422)
                .Map(FormsErrorCodes.DataRequestMemberNotFound, 422)
                .Map(FormsErrorCodes.DataRequestArchiveNotAvailable, 404)
                .Map(FormsErrorCodes.DataRequestDuplicate, 409);
        });
        context.Services.Configure<FeatureOptions>(o => o.DefinitionProviders.Add(typeof(FormsFeatureDefinitionProvider)));
        context.Services.Configure<EditionDefaultsOptions>(o => o
            .Set(EditionNames.Free, FormsFeatures.Enabled, "false")
            .Set(EditionNames.Studio, FormsFeatures.Enabled, "true")
            .Set(EditionNames.Pro, FormsFeatures.Enabled, "true"));
    }
}
