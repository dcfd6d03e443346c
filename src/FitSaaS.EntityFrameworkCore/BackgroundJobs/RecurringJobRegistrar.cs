using FitSaaS.Framework.BackgroundJobs;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace FitSaaS.EntityFrameworkCore.BackgroundJobs;

/// <summary>
/// At start-up, stores every declared recurring job as a Quartz job with a cron trigger (replacing the stored one, so a
/// changed schedule takes effect). In a cluster every
/// instance does this idempotently; the clustered store fires each schedule on one instance only. Recurring jobs request
/// recovery like queued jobs: a fire cut short by a crashed instance is run again by the cluster (so recurring handlers must
/// be idempotent, which a schedule-driven sweep is anyway).
/// </summary>
public sealed class RecurringJobRegistrar(ISchedulerFactory schedulerFactory, IOptions<BackgroundJobOptions> options) : IHostedService
{
    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var declared = options.Value.RecurringJobs.Values;
        foreach (var recurring in declared)
        {
            var data = new JobDataMap
            {
                [BackgroundJobAdapter.JobNameKey] = recurring.JobName,
                [BackgroundJobAdapter.ArgsKey] = recurring.ArgumentsJson,
                [BackgroundJobAdapter.TenantKey] = string.Empty,
                [BackgroundJobAdapter.AttemptKey] = "1",
                [BackgroundJobAdapter.ForEveryTenantKey] = recurring.ForEveryTenant ? "true" : "false",
            };
            var job = JobBuilder.Create<BackgroundJobAdapter>()
                .WithIdentity(recurring.Name, BackgroundJobAdapter.RecurringGroup)
                .UsingJobData(data)
                .StoreDurably()
                // A fire interrupted by a crash (kill -9, power loss) runs again at once on a surviving or restarted
                // instance (its unit of work rolled back), rather than waiting for the next schedule.
                .RequestRecovery()
                .Build();
            var trigger = TriggerBuilder.Create()
                .WithIdentity(recurring.Name, BackgroundJobAdapter.RecurringGroup)
                .WithCronSchedule(recurring.CronExpression, cron => cron.InTimeZone(TimeZoneInfo.Utc))
                .Build();
            await scheduler.ScheduleJob(job, new List<ITrigger> { trigger }, new ScheduleJobOptions { Replace = true }, cancellationToken);
        }
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
