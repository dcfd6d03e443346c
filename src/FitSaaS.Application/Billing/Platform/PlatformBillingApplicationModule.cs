using FitSaaS.Framework.Modularity;

namespace FitSaaS.Billing.Platform;

/// <summary>Platform billing's application services: edition prices, the gym's subscription, the operators' overview.</summary>
[DependsOn(typeof(PlatformBillingDomainModule), typeof(PlatformBillingApplicationContractsModule))]
public sealed class PlatformBillingApplicationModule : FitSaaSModule;
