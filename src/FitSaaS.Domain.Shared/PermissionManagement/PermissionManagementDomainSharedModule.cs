using FitSaaS.Framework;
using FitSaaS.Framework.Modularity;

namespace FitSaaS.PermissionManagement;

/// <summary>The PermissionManagement module's constants, enums and error codes.</summary>
[DependsOn(typeof(FitSaaSFrameworkModule))]
public sealed class PermissionManagementDomainSharedModule : FitSaaSModule
{
}
