using FitSaaS.BackgroundJobs;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Modularity;

namespace FitSaaS.EntityFrameworkCore.BackgroundJobs;

/// <summary>
/// The BackgroundJobs module on EF Core: the failed-jobs repository (conventional registration of this folder) and the job
/// manager, store and server on Hangfire (<see cref="HangfireBackgroundJobsRegistration"/>), whose store follows the host
/// database as <see cref="DatabaseOptions.Read"/> reads it (the provider and <c>ConnectionStrings:Default</c>), as the shared
/// DbContext does.
/// Its model is part of the shared <see cref="FitSaaSDbContext"/> (<see cref="BackgroundJobsModelBuilderExtensions"/>).
/// </summary>
[DependsOn(typeof(BackgroundJobsDomainModule), typeof(FitSaaSFrameworkEntityFrameworkCoreModule))]
public sealed class BackgroundJobsEntityFrameworkCoreModule : FitSaaSModule
{
    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The provider is PostgreSQL and <c>ConnectionStrings:Default</c> is not set.</exception>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (options, connectionString) = DatabaseOptions.Read(context.Configuration);
        HangfireBackgroundJobsRegistration.AddHangfireBackgroundJobs(context.Services, context.Configuration, options.Provider, connectionString);
    }
}
