using FitSaaS.Framework.Modularity;

namespace FitSaaS.SettingManagement;

/// <summary>The SettingManagement module's application-service contracts, DTOs and permission definitions.</summary>
[DependsOn(typeof(SettingManagementDomainSharedModule))]
public sealed class SettingManagementApplicationContractsModule : FitSaaSModule
{
}
