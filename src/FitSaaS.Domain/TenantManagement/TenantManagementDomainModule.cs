using FitSaaS.Framework.Modularity;

namespace FitSaaS.TenantManagement;

/// <summary>The TenantManagement module's aggregates, domain services and repository contracts.</summary>
[DependsOn(typeof(TenantManagementDomainSharedModule))]
public sealed class TenantManagementDomainModule : FitSaaSModule
{
}
