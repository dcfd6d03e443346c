using FitSaaS.Framework.Modularity;

namespace FitSaaS.FeatureManagement;

/// <summary>The FeatureManagement module's application services.</summary>
[DependsOn(typeof(FeatureManagementDomainModule), typeof(FeatureManagementApplicationContractsModule))]
public sealed class FeatureManagementApplicationModule : FitSaaSModule
{
}
