using System.Text.Json;
using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.Extensions.Options;
using Quartz;

namespace FitSaaS.EntityFrameworkCore.BackgroundJobs;

/// <summary><see cref="IBackgroundJobManager"/> on Quartz: one non-durable Quartz job per queued job, in the persistent store.</summary>
public sealed class QuartzBackgroundJobManager(
    ISchedulerFactory schedulerFactory,
    ICurrentTenant currentTenant,
    IOptions<BackgroundJobOptions> options,
    TimeProvider timeProvider) : IBackgroundJobManager
{
    /// <inheritdoc/>
    public async Task<string> EnqueueAsync<TArgs>(TArgs args, TimeSpan? delay = null, BackgroundJobPriority priority = BackgroundJobPriority.Normal, CancellationToken cancellationToken = default)
        where TArgs : notnull
    {
        var registration = options.Value.GetByArgsType(typeof(TArgs));
        var json = JsonSerializer.Serialize(args, BackgroundJobJson.Options);
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var id = Guid.NewGuid().ToString("N");
        var runAt = timeProvider.GetUtcNow() + (delay ?? TimeSpan.Zero);
        await BackgroundJobAdapter.ScheduleAsync(scheduler, id, registration.Name, json, currentTenant.Id, attempt: 1, runAt, (int)priority, cancellationToken);
        return id;
    }
}
