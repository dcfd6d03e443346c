using FitSaaS.Framework.Modularity;

namespace FitSaaS.PermissionManagement;

/// <summary>The PermissionManagement module's application services.</summary>
[DependsOn(typeof(PermissionManagementDomainModule), typeof(PermissionManagementApplicationContractsModule), typeof(Identity.IdentityDomainModule))]
public sealed class PermissionManagementApplicationModule : FitSaaSModule
{
}
