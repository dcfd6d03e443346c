using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Modularity;
using FitSaaS.TenantManagement;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.EntityFrameworkCore.TenantManagement;

/// <summary>
/// The TenantManagement module on EF Core: the tenant repository and the tenant databases' manager (conventional
/// registration of this folder) and the purge of a tenant's data (<see cref="TenantPurgeService"/>). Its model is part of the
/// shared <see cref="FitSaaSDbContext"/> (<see cref="TenantManagementModelBuilderExtensions"/>).
/// </summary>
[DependsOn(typeof(TenantManagementDomainModule), typeof(FitSaaSFrameworkEntityFrameworkCoreModule))]
public sealed class TenantManagementEntityFrameworkCoreModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.AddTransient<TenantPurgeService>();
    }
}
