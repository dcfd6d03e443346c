using FitSaaS.Framework.Modularity;

namespace FitSaaS.SettingManagement;

/// <summary>The SettingManagement module's application services.</summary>
[DependsOn(typeof(SettingManagementDomainModule), typeof(SettingManagementApplicationContractsModule))]
public sealed class SettingManagementApplicationModule : FitSaaSModule
{
}
