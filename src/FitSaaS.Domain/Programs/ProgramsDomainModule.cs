using FitSaaS.Framework.Modularity;

namespace FitSaaS.Programs;

/// <summary>The Programs module's aggregates, domain services and repository contracts.</summary>
[DependsOn(typeof(ProgramsDomainSharedModule))]
public sealed class ProgramsDomainModule : FitSaaSModule
{
}
