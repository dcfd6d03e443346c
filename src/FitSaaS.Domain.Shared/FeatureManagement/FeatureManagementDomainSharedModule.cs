using FitSaaS.Framework;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.FeatureManagement;

/// <summary>The FeatureManagement module's constants and error codes.</summary>
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
    }
}
