using FitSaaS.Framework.Modularity;

namespace FitSaaS.TenantManagement;

/// <summary>The TenantManagement module's application services.</summary>
[DependsOn(typeof(TenantManagementDomainModule), typeof(TenantManagementApplicationContractsModule), typeof(FeatureManagement.FeatureManagementDomainModule))]
public sealed class TenantManagementApplicationModule : FitSaaSModule
{
}
