using FitSaaS.Framework.Modularity;

namespace FitSaaS.SettingManagement;

/// <summary>The SettingManagement module's aggregates, domain services and repository contracts.</summary>
[DependsOn(typeof(SettingManagementDomainSharedModule))]
public sealed class SettingManagementDomainModule : FitSaaSModule
{
}
