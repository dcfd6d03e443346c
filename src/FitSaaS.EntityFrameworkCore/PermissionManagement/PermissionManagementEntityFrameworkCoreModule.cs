using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Modularity;
using FitSaaS.PermissionManagement;

namespace FitSaaS.EntityFrameworkCore.PermissionManagement;

/// <summary>
/// The PermissionManagement module on EF Core: the permission grant repository and the interceptor that invalidates cached grants on save (conventional registration of this folder). Its model is part of the shared
/// <see cref="FitSaaSDbContext"/> (<see cref="PermissionManagementModelBuilderExtensions"/>).
/// </summary>
[DependsOn(typeof(PermissionManagementDomainModule), typeof(FitSaaSFrameworkEntityFrameworkCoreModule))]
public sealed class PermissionManagementEntityFrameworkCoreModule : FitSaaSModule;
