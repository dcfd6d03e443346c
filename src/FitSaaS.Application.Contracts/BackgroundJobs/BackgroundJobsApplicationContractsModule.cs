using FitSaaS.Framework;
using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.BackgroundJobs;

/// <summary>The background-jobs contracts: the failed-jobs service and its host-only permission.</summary>
[DependsOn(typeof(FitSaaSFrameworkModule))]
public sealed class BackgroundJobsApplicationContractsModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.Configure<PermissionOptions>(options => options.DefinitionProviders.Add(typeof(BackgroundJobPermissionDefinitionProvider)));
    }
}
