using FitSaaS.Framework;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.FeatureManagement;

/// <summary>The FeatureManagement module's constants, error codes and the features of upcoming modules.</summary>
[DependsOn(typeof(FitSaaSFrameworkModule))]
public sealed class FeatureManagementDomainSharedModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.Configure<ExceptionHttpStatusOptions>(options => options
            .Map(FeatureManagementErrorCodes.EditionInUse, 409)
            .Map(FeatureManagementErrorCodes.DuplicateEditionName, 409)
            .Map(FeatureManagementErrorCodes.EditionNotFound, 400)
            .Map(FeatureManagementErrorCodes.EndDateWithoutEdition, 400));
        context.Services.Configure<FeatureOptions>(o => o.DefinitionProviders.Add(typeof(UpcomingModulesFeatureDefinitionProvider)));

        // The features of modules still to come are defined here until each module brings its own (then it sets these too).
        context.Services.Configure<EditionDefaultsOptions>(o => o
            .Set(EditionNames.Free, UpcomingModulesFeatures.MessagingEnabled, "false")
            .Set(EditionNames.Studio, UpcomingModulesFeatures.MessagingEnabled, "false")
            .Set(EditionNames.Pro, UpcomingModulesFeatures.MessagingEnabled, "true"));
    }
}
