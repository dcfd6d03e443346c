using FitSaaS.Framework.BackgroundJobs;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FitSaaS.EntityFrameworkCore.BackgroundJobs;

/// <summary>
/// Registers the background jobs on Hangfire: the job store is PostgreSQL (schema <c>hangfire</c> in the host database,
/// created by Hangfire.PostgreSql at first use, sliding invisibility timeout) in the distributed profile and a SQLite file of
/// its own in the embedded profile (Hangfire.Storage.SQLite). Every Hangfire service this host uses (store, activator,
/// filters, client, recurring-job manager, server) is its own DI singleton, not Hangfire's static <c>JobStorage.Current</c>,
/// so several hosts in one process (tests) never share a store. Retries follow <see cref="BackgroundJobRetryFilter"/>.
/// </summary>
public static class HangfireBackgroundJobsRegistration
{
    /// <summary>
    /// Adds the job manager, the job store and (unless <c>BackgroundJobs:IsJobExecutionEnabled</c> is false) a job server
    /// with <see cref="BackgroundJobOptions.MaxConcurrency"/> workers and the recurring-job registrar.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration (section <c>BackgroundJobs</c>).</param>
    /// <param name="provider">The database provider of the host database.</param>
    /// <param name="connectionString">The host database's connection string.</param>
    public static void AddHangfireBackgroundJobs(IServiceCollection services, IConfiguration configuration, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.AddOptions<BackgroundJobOptions>().BindConfiguration(BackgroundJobOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection(BackgroundJobOptions.SectionName).Get<BackgroundJobOptions>() ?? new BackgroundJobOptions();
        var sqlitePath = provider == DatabaseProvider.Sqlite ? SqliteJobStorePath(connectionString, options.SqliteJobStorePath) : null;

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BackgroundJobArgumentProtector>();
        services.TryAddSingleton<JobServerIdentity>();
        services.TryAddTransient<BackgroundJobDispatcher>();
        services.TryAddTransient<IBackgroundJobManager, HangfireBackgroundJobManager>();

        // Registered before AddHangfire, whose TryAdd* registrations would otherwise read Hangfire's static globals.
        services.AddSingleton<JobStorage>(_ => provider == DatabaseProvider.PostgreSql
            ? CreatePostgreSqlStorage(connectionString, options)
            : CreateSqliteStorage(sqlitePath!, options));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<IJobFilterProvider>(sp => new JobFilterProviderCollection(
            new JobFilterCollection
            {
                new StatisticsHistoryAttribute(),
                new BackgroundJobRetryFilter(sp.GetRequiredService<IOptions<BackgroundJobOptions>>()),
            },
            new JobFilterAttributeFilterProvider()));
        services.AddSingleton<HangfireLogRegistration>();
        services.AddHangfire((sp, hangfire) => hangfire
            .UseLogProvider(LogProviderOf(sp.GetRequiredService<HangfireLogRegistration>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());

        // Before the job server: legacy tables, and the SQLite store's jobs left claimed by a crash.
        services.AddHostedService(sp => new JobStoreStartup(
            provider, connectionString, sqlitePath, sp.GetRequiredService<IOptions<BackgroundJobOptions>>(), sp.GetRequiredService<ILogger<JobStoreStartup>>()));
        if (options.IsJobExecutionEnabled)
        {
            services.AddHangfireServer((sp, server) =>
            {
                var jobs = sp.GetRequiredService<IOptions<BackgroundJobOptions>>().Value;
                server.ServerName = sp.GetRequiredService<JobServerIdentity>().ServerName;
                server.WorkerCount = jobs.MaxConcurrency;
                server.Queues = [.. BackgroundJobQueues.All];
                server.SchedulePollingInterval = jobs.PollingInterval;
                server.ShutdownTimeout = TimeSpan.FromSeconds(15);
            });
            services.AddHostedService<RecurringJobRegistrar>();
        }
    }

    /// <summary>
    /// The SQLite file of the embedded job store: <paramref name="configuredPath"/>, or beside the application's database
    /// with <c>.jobs</c> before its extension; a temporary file when the application's database is in memory.
    /// </summary>
    public static string SqliteJobStorePath(string applicationConnectionString, string? configuredPath)
    {
        var path = configuredPath;
        if (string.IsNullOrWhiteSpace(path))
        {
            var dataSource = new SqliteConnectionStringBuilder(applicationConnectionString).DataSource;
            path = string.IsNullOrEmpty(dataSource) || dataSource.StartsWith(':') || applicationConnectionString.Contains("mode=memory", StringComparison.OrdinalIgnoreCase)
                ? Path.Combine(Path.GetTempPath(), $"fitsaas-jobs-{Guid.NewGuid():N}.db")
                : Path.Combine(Path.GetDirectoryName(dataSource) ?? string.Empty, Path.GetFileNameWithoutExtension(dataSource) + ".jobs" + Path.GetExtension(dataSource));
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        return path;
    }

    // Resolving the registration ties this host's logger factory to the provider until the container is disposed.
    private static HangfireLogProvider LogProviderOf(HangfireLogRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        return HangfireLogProvider.Instance;
    }

    private static PostgreSqlStorage CreatePostgreSqlStorage(string connectionString, BackgroundJobOptions options)
    {
        var storage = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = options.PollingInterval,
            InvisibilityTimeout = options.InvisibilityTimeout,
            UseSlidingInvisibilityTimeout = true,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, storage), storage);
    }

    private static SQLiteStorage CreateSqliteStorage(string path, BackgroundJobOptions options) => new(path, new SQLiteStorageOptions
    {
        QueuePollInterval = options.PollingInterval,
        // No keep-alive in this store: a claim must outlast the longest job, or a second worker would start it too. Jobs cut
        // short by a crash are handed back at the next start instead (JobStoreStartup).
        InvisibilityTimeout = TimeSpan.FromHours(6),
    });
}
