using FitSaaS.Framework.Modularity;

namespace FitSaaS.Identity;

/// <summary>The Identity module's application services.</summary>
[DependsOn(typeof(IdentityDomainModule), typeof(IdentityApplicationContractsModule))]
public sealed class IdentityApplicationModule : FitSaaSModule
{
}
