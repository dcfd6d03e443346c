using FitSaaS.Framework;
using FitSaaS.Framework.Modularity;

namespace FitSaaS.Identity;

/// <summary>The Identity module's constants, enums and error codes.</summary>
[DependsOn(typeof(FitSaaSFrameworkModule))]
public sealed class IdentityDomainSharedModule : FitSaaSModule
{
}
