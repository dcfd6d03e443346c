using FitSaaS.Framework.BackgroundJobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace FitSaaS.EntityFrameworkCore.BackgroundJobs;

/// <summary>
/// Registers the background jobs on Quartz with its ADO.NET job store in the host database: SQLite (embedded profile,
/// one instance) or PostgreSQL (clustered: every instance sharing the database takes part, each trigger fires on one).
/// The <c>qrtz_*</c> tables are created by Quartz itself at start-up when missing (<c>ProvisionSchema</c>, from the schema
/// script shipped in the Quartz assembly, so the schema always matches the Quartz version); they hold no tenant data.
/// </summary>
public static class QuartzBackgroundJobsRegistration
{
    /// <summary>Adds the job manager, the Quartz scheduler and (unless <c>BackgroundJobs:IsJobExecutionEnabled</c> is false) its hosted service.</summary>
    public static void AddQuartzBackgroundJobs(IServiceCollection services, IConfiguration configuration, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BackgroundJobOptions>().BindConfiguration(BackgroundJobOptions.SectionName);
        var options = configuration.GetSection(BackgroundJobOptions.SectionName).Get<BackgroundJobOptions>() ?? new BackgroundJobOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddTransient<IBackgroundJobManager, QuartzBackgroundJobManager>();
        services.AddQuartz(quartz =>
        {
            quartz.UseDefaultThreadPool(Math.Max(1, options.MaxConcurrency));
            quartz.AddJobType<BackgroundJobAdapter>();
            quartz.UsePersistentStore(store =>
            {
                if (provider == DatabaseProvider.PostgreSql)
                {
                    store.UsePostgres(connectionString);
                    store.UseClustering(_ => { });
                }
                else
                {
                    store.UseSqlite(connectionString);
                }

                store.ProvisionSchema();
            });
        });
        if (options.IsJobExecutionEnabled)
        {
            services.AddQuartzHostedService(hosted =>
            {
                hosted.WaitForJobsToComplete = true;
                hosted.AwaitApplicationStarted = false;
            });
            services.AddHostedService<RecurringJobRegistrar>();
        }
    }
}
