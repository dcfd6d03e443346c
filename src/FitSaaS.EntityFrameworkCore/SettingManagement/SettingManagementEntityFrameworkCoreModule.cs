using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Modularity;
using FitSaaS.SettingManagement;

namespace FitSaaS.EntityFrameworkCore.SettingManagement;

/// <summary>
/// The SettingManagement module on EF Core: the setting repository (conventional registration of this folder). Its model is part of the shared
/// <see cref="FitSaaSDbContext"/> (<see cref="SettingManagementModelBuilderExtensions"/>).
/// </summary>
[DependsOn(typeof(SettingManagementDomainModule), typeof(FitSaaSFrameworkEntityFrameworkCoreModule))]
public sealed class SettingManagementEntityFrameworkCoreModule : FitSaaSModule;
