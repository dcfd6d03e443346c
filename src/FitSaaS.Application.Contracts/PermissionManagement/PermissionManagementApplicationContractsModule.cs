using FitSaaS.Framework.Modularity;

namespace FitSaaS.PermissionManagement;

/// <summary>The PermissionManagement module's application-service contracts, DTOs and permission definitions.</summary>
[DependsOn(typeof(PermissionManagementDomainSharedModule))]
public sealed class PermissionManagementApplicationContractsModule : FitSaaSModule
{
}
