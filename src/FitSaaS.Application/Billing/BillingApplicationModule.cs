using FitSaaS.Framework.Modularity;

namespace FitSaaS.Billing;

/// <summary>The Billing module's application services.</summary>
[DependsOn(
    typeof(BillingDomainModule),
    typeof(BillingApplicationContractsModule),
    typeof(Identity.IdentityApplicationContractsModule))]
public sealed class BillingApplicationModule : FitSaaSModule
{
}
