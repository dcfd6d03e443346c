using FitSaaS.Framework.Modularity;

namespace FitSaaS.Programs;

/// <summary>The Programs module's application services.</summary>
[DependsOn(typeof(ProgramsDomainModule), typeof(ProgramsApplicationContractsModule), typeof(Identity.IdentityApplicationContractsModule))]
public sealed class ProgramsApplicationModule : FitSaaSModule
{
}
