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
/// <param name="Name">Unique name of the schedule (also its key in the job store).</param>
/// <param name="CronExpression">Quartz cron expression with seconds, e.g. <c>0 0 3 * * ?</c> (03:00 every day, UTC).</param>
/// <param name="JobName">The registered job to run.</param>
/// <param name="ArgumentsJson">The job's arguments as JSON.</param>
/// <param name="ForEveryTenant">
/// When true the schedule fires once (on one instance of a cluster) and runs the job once per active tenant in that
/// tenant's scope, <see cref="BackgroundJobOptions.TenantParallelism"/> tenants at a time; a failing tenant is retried
/// on its own. When false the job runs once, as the host.
/// </param>
public sealed record RecurringJobRegistration(string Name, string CronExpression, string JobName, string ArgumentsJson, bool ForEveryTenant);

/// <summary>Options of the background jobs (section <c>BackgroundJobs</c>).</summary>
public sealed class BackgroundJobOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "BackgroundJobs";

    /// <summary>When false no scheduler runs on this instance (jobs can still be queued). Default true.</summary>
    public bool IsJobExecutionEnabled { get; set; } = true;

    /// <summary>Attempts of a job before it is given up as failed (1 = no retry). Default 5.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Delay before the first retry; doubles on every further retry. Default 10 s.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Tenants a "for every tenant" recurring job runs for at the same time. Default 4.</summary>
    public int TenantParallelism { get; set; } = 4;

    /// <summary>Jobs one instance runs at the same time (the scheduler's thread pool). Default 8.</summary>
    public int MaxConcurrency { get; set; } = 8;

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
    /// <param name="cronExpression">Quartz cron expression with seconds (UTC).</param>
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
