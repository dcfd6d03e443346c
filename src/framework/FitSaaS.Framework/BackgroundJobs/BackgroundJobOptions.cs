using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FitSaaS.Framework.BackgroundJobs;

/// <summary>A registered job: stable name ↔ argument type ↔ handler type.</summary>
/// <param name="Name">The stable name (<see cref="BackgroundJobNameAttribute"/>).</param>
/// <param name="ArgsType">The argument type.</param>
/// <param name="JobType">The <see cref="IBackgroundJob{TArgs}"/> implementation.</param>
public sealed record BackgroundJobRegistration(string Name, Type ArgsType, Type JobType);

/// <summary>A recurring job declared by a module.</summary>
/// <param name="Name">Unique name of the schedule (also its recurring-job id in the job store).</param>
/// <param name="CronExpression">
/// Cron expression in UTC, in the job engine's (Hangfire's, Cronos) format: five fields <c>minute hour day-of-month month
/// day-of-week</c>, e.g. <c>30 3 * * *</c> (03:30 every day), or six fields with the seconds first, e.g. <c>*/2 * * * * *</c>
/// (every two seconds).
/// </param>
/// <param name="JobName">The registered job to run.</param>
/// <param name="ArgumentsJson">The job's arguments as JSON.</param>
/// <param name="ForEveryTenant">
/// When true each occurrence fires once (on one instance of a cluster) and queues the job once per active tenant, each
/// run in that tenant's scope as a job of its own (retried on its own, visible on its own in the dashboard). When false the
/// job runs once, as the host.
/// </param>
public sealed record RecurringJobRegistration(string Name, string CronExpression, string JobName, string ArgumentsJson, bool ForEveryTenant);

/// <summary>Options of the background jobs (section <c>BackgroundJobs</c>).</summary>
public sealed class BackgroundJobOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "BackgroundJobs";

    /// <summary>When false this instance runs no job server (jobs can still be queued, and run on other instances). Default true.</summary>
    public bool IsJobExecutionEnabled { get; set; } = true;

    /// <summary>Attempts of a job before it is given up as failed (1 = no retry). Default 5.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Delay before the first retry; doubles on every further retry. Default 10 s.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Jobs one instance runs at the same time (job server workers). Default 8.</summary>
    [Range(1, 1000)]
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>
    /// How often an idle instance looks for queued jobs, and for due delayed, retried and recurring jobs. Jobs queued on the
    /// same instance start at once; on another instance within this interval. Default 1 s.
    /// </summary>
    public TimeSpan PollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Distributed profile (PostgreSQL): a running job keeps its claim alive every fifth of this time; when its instance
    /// dies (<c>kill -9</c>, power loss) the job becomes visible again after at most this time and runs again on any
    /// instance, within <see cref="InvisibilityTimeout"/> + <see cref="PollingInterval"/>. Default 1 min.
    /// Embedded profile (SQLite, one instance): jobs cut short by a crash run again when the instance restarts.
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Embedded profile: the SQLite file of the job store. Default: beside the application's SQLite database, with
    /// <c>.jobs</c> before its extension (<c>data/fitsaas.db</c> → <c>data/fitsaas.jobs.db</c>).
    /// </summary>
    public string? SqliteJobStorePath { get; set; }

    /// <summary>
    /// What a recurring job does with occurrences missed while no instance ran: <c>Strict</c> (default) runs each missed
    /// occurrence once, stamped with its scheduled time; <c>Relaxed</c> runs once for all of them; <c>Ignorable</c> skips them.
    /// </summary>
    public RecurringJobMisfireHandling MisfireHandling { get; set; } = RecurringJobMisfireHandling.Strict;

    /// <summary>Registered jobs by stable name.</summary>
    public Dictionary<string, BackgroundJobRegistration> Jobs { get; } = new(StringComparer.Ordinal);

    /// <summary>Recurring jobs by schedule name.</summary>
    public Dictionary<string, RecurringJobRegistration> RecurringJobs { get; } = new(StringComparer.Ordinal);

    /// <summary>The registration of <paramref name="argsType"/>.</summary>
    /// <exception cref="InvalidOperationException">The type is not registered.</exception>
    public BackgroundJobRegistration GetByArgsType(Type argsType) =>
        Jobs.Values.FirstOrDefault(job => job.ArgsType == argsType)
        ?? throw new InvalidOperationException($"No background job is registered for {argsType}.");
}

/// <summary>Registration of background jobs by modules.</summary>
public static class BackgroundJobServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TJob"/> (scoped) as the handler of <typeparamref name="TArgs"/>, under the name of the
    /// <see cref="BackgroundJobNameAttribute"/> on <typeparamref name="TArgs"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException"><typeparamref name="TArgs"/> has no <see cref="BackgroundJobNameAttribute"/>.</exception>
    public static IServiceCollection AddBackgroundJob<TJob, TArgs>(this IServiceCollection services)
        where TJob : class, IBackgroundJob<TArgs>
    {
        ArgumentNullException.ThrowIfNull(services);
        var name = GetName(typeof(TArgs));
        services.TryAddScoped<TJob>();
        services.Configure<BackgroundJobOptions>(options => options.Jobs[name] = new BackgroundJobRegistration(name, typeof(TArgs), typeof(TJob)));
        return services;
    }

    /// <summary>Declares a recurring job running the job registered for <typeparamref name="TArgs"/> with <paramref name="args"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="scheduleName">Unique name of the schedule.</param>
    /// <param name="cronExpression">Cron expression (UTC): five fields, or six with seconds first (see <see cref="RecurringJobRegistration.CronExpression"/>).</param>
    /// <param name="args">The arguments every run gets.</param>
    /// <param name="forEveryTenant">Run once per active tenant (see <see cref="RecurringJobRegistration.ForEveryTenant"/>).</param>
    public static IServiceCollection AddRecurringJob<TArgs>(this IServiceCollection services, string scheduleName, string cronExpression, TArgs args, bool forEveryTenant = false)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(scheduleName);
        ArgumentException.ThrowIfNullOrWhiteSpace(cronExpression);
        var name = GetName(typeof(TArgs));
        var json = System.Text.Json.JsonSerializer.Serialize(args, BackgroundJobJson.Options);
        services.Configure<BackgroundJobOptions>(options =>
            options.RecurringJobs[scheduleName] = new RecurringJobRegistration(scheduleName, cronExpression, name, json, forEveryTenant));
        return services;
    }

    private static string GetName(Type argsType) =>
        argsType.GetCustomAttribute<BackgroundJobNameAttribute>()?.Name
        ?? throw new InvalidOperationException($"{argsType} needs a [BackgroundJobName] to be used as background job arguments.");
}

/// <summary>The JSON settings job arguments are stored with.</summary>
public static class BackgroundJobJson
{
    /// <summary>Web defaults (camelCase).</summary>
    public static System.Text.Json.JsonSerializerOptions Options { get; } = new(System.Text.Json.JsonSerializerDefaults.Web);
}
