using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FitSaaS.Framework.BackgroundJobs;

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
