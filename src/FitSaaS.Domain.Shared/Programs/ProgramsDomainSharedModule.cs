using FitSaaS.Framework;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Programs;

/// <summary>The Programs module's constants, enums, error codes and feature definitions.</summary>
[DependsOn(typeof(FitSaaSFrameworkModule))]
public sealed class ProgramsDomainSharedModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.Configure<FeatureOptions>(o => o.DefinitionProviders.Add(typeof(ProgramsFeatureDefinitionProvider)));
    }
}
