using FitSaaS.Framework.Modularity;

namespace FitSaaS.Identity;

/// <summary>The Identity module's application-service contracts, DTOs and permission definitions.</summary>
[DependsOn(typeof(IdentityDomainSharedModule))]
public sealed class IdentityApplicationContractsModule : FitSaaSModule
{
}
