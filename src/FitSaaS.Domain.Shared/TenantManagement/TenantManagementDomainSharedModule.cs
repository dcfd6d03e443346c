using FitSaaS.Framework;
using FitSaaS.Framework.Modularity;

namespace FitSaaS.TenantManagement;

/// <summary>The TenantManagement module's constants, enums and error codes.</summary>
[DependsOn(typeof(FitSaaSFrameworkModule))]
public sealed class TenantManagementDomainSharedModule : FitSaaSModule
{
}
