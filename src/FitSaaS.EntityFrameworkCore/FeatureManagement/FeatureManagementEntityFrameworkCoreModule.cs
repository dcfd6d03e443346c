using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Modularity;
using FitSaaS.FeatureManagement;

namespace FitSaaS.EntityFrameworkCore.FeatureManagement;

/// <summary>
/// The FeatureManagement module on EF Core: the edition and tenant feature value repositories (conventional registration of this folder). Its model is part of the shared
/// <see cref="FitSaaSDbContext"/> (<see cref="FeatureManagementModelBuilderExtensions"/>).
/// </summary>
[DependsOn(typeof(FeatureManagementDomainModule), typeof(FitSaaSFrameworkEntityFrameworkCoreModule))]
public sealed class FeatureManagementEntityFrameworkCoreModule : FitSaaSModule;
