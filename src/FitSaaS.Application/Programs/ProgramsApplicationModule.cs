using FitSaaS.Framework.Modularity;

namespace FitSaaS.Programs;

/// <summary>
/// The Programs module's application services. Of Identity it uses the user lookup contract: a coach's entry or goal for a member
/// needs the member to be a user of the gym.
/// </summary>
[DependsOn(typeof(ProgramsDomainModule), typeof(ProgramsApplicationContractsModule), typeof(Identity.IdentityApplicationContractsModule))]
public sealed class ProgramsApplicationModule : FitSaaSModule
{
}
