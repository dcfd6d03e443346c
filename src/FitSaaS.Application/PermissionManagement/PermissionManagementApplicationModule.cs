using FitSaaS.Framework.Modularity;

namespace FitSaaS.PermissionManagement;

/// <summary>The PermissionManagement module's application services.</summary>
[DependsOn(typeof(PermissionManagementDomainModule), typeof(PermissionManagementApplicationContractsModule))]
public sealed class PermissionManagementApplicationModule : FitSaaSModule
{
}
