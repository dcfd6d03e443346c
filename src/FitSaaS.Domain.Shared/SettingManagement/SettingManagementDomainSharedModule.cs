using FitSaaS.Framework;
using FitSaaS.Framework.Modularity;

namespace FitSaaS.SettingManagement;

/// <summary>The SettingManagement module's constants, enums and error codes.</summary>
[DependsOn(typeof(FitSaaSFrameworkModule))]
public sealed class SettingManagementDomainSharedModule : FitSaaSModule
{
}
