using FitSaaS.Framework.Modularity;

namespace FitSaaS.PermissionManagement;

/// <summary>The PermissionManagement module's aggregates, domain services and repository contracts.</summary>
[DependsOn(typeof(PermissionManagementDomainSharedModule), typeof(Identity.IdentityDomainModule))]
public sealed class PermissionManagementDomainModule : FitSaaSModule
{
}
