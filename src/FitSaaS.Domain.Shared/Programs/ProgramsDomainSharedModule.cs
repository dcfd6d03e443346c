using FitSaaS.FeatureManagement;
using FitSaaS.Framework;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Programs;

/// <summary>The Programs module's constants, enums, error codes and feature definitions.</summary>
[DependsOn(typeof(FitSaaSFrameworkModule), typeof(FeatureManagementDomainSharedModule))]
public sealed class ProgramsDomainSharedModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.Configure<ExceptionHttpStatusOptions>(options => options
            .Map(ProgramsErrorCodes.InvalidScore, 400)
            .Map(ProgramsErrorCodes.NegativeScore, 400)
            .Map(ProgramsErrorCodes.InvalidCappedScore, 400)
            .Map(ProgramsErrorCodes.InvalidResultTarget, 400)
            .Map(ProgramsErrorCodes.ScoreAboveTimeCap, 422)
            .Map(ProgramsErrorCodes.ScaledNotAvailable, 422)
            .Map(ProgramsErrorCodes.PerformedAtInFuture, 422)
            .Map(ProgramsErrorCodes.LiftMustBeScoredByLoad, 422));
        context.Services.Configure<FeatureOptions>(o => o.DefinitionProviders.Add(typeof(ProgramsFeatureDefinitionProvider)));
        context.Services.Configure<EditionDefaultsOptions>(o => o
            .Set(EditionNames.Free, ProgramsFeatures.Enabled, "true")
            .Set(EditionNames.Studio, ProgramsFeatures.Enabled, "true")
            .Set(EditionNames.Pro, ProgramsFeatures.Enabled, "true"));
    }
}
