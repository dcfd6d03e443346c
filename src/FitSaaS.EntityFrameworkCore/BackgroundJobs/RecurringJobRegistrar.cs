using FitSaaS.Framework.BackgroundJobs;
using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FitSaaS.EntityFrameworkCore.BackgroundJobs;

/// <summary>
/// At start-up, stores every declared recurring job as a Hangfire recurring job (id = schedule name, cron in UTC, the
/// configured misfire handling), replacing the stored one so a changed schedule takes effect. In a cluster every instance
/// does this idempotently; Hangfire's recurring-job scheduler creates each occurrence's job once (under a distributed lock),
/// and one worker of one instance runs it. A run cut short by a crashed instance becomes visible again and runs once more, so
/// recurring handlers must be idempotent (a schedule-driven sweep is anyway). Recurring jobs a module stops declaring stay
/// in the store until removed (dashboard, "Recurring jobs").
/// </summary>
public sealed class RecurringJobRegistrar(
    IRecurringJobManager recurringJobs,
    IOptions<BackgroundJobOptions> options,
    BackgroundJobArgumentProtector protector) : IHostedService
{
    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var misfire = options.Value.MisfireHandling switch
        {
            RecurringJobMisfireHandling.Relaxed => MisfireHandlingMode.Relaxed,
            RecurringJobMisfireHandling.Ignorable => MisfireHandlingMode.Ignorable,
            _ => MisfireHandlingMode.Strict,
        };
        foreach (var recurring in options.Value.RecurringJobs.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var arguments = protector.Protect(recurring.ArgumentsJson);
            var job = recurring.ForEveryTenant
                ? BackgroundJobDispatcher.ForEveryTenant(recurring.JobName, arguments, BackgroundJobQueues.Default)
                : BackgroundJobDispatcher.ForTenant(recurring.JobName, null, arguments, BackgroundJobQueues.Default);
            recurringJobs.AddOrUpdate(recurring.Name, job, recurring.CronExpression, new RecurringJobOptions
            {
                TimeZone = TimeZoneInfo.Utc,
                MisfireHandling = misfire,
            });
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
