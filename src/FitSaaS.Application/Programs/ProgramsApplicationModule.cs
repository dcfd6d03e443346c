using FitSaaS.Framework.Modularity;

namespace FitSaaS.Programs;

/// <summary>The Programs module's application services.</summary>
[DependsOn(typeof(ProgramsDomainModule), typeof(ProgramsApplicationContractsModule))]
public sealed class ProgramsApplicationModule : FitSaaSModule
{
}
