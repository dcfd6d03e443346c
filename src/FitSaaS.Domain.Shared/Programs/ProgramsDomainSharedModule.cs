using FitSaaS.Framework;
using FitSaaS.Framework.Modularity;

namespace FitSaaS.Programs;

/// <summary>The Programs module's constants, enums and error codes.</summary>
[DependsOn(typeof(FitSaaSFrameworkModule))]
public sealed class ProgramsDomainSharedModule : FitSaaSModule
{
}
