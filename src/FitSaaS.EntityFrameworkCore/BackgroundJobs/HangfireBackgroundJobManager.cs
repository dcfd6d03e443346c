using System.Text.Json;
using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.MultiTenancy;
using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.Options;

namespace FitSaaS.EntityFrameworkCore.BackgroundJobs;

/// <summary>
/// <see cref="IBackgroundJobManager"/> on Hangfire: one Hangfire job per queued job (a call of
/// <see cref="BackgroundJobDispatcher.RunAsync"/> with the stable job name, the current tenant and the protected JSON
/// arguments) in the persistent job store, on the queue of its priority (<see cref="BackgroundJobQueues"/>); with a delay it
/// is stored as scheduled. The job is written through Hangfire's own connection, not in the caller's unit of work.
/// </summary>
public sealed class HangfireBackgroundJobManager(
    IBackgroundJobClient jobClient,
    ICurrentTenant currentTenant,
    IOptions<BackgroundJobOptions> options,
    BackgroundJobArgumentProtector protector) : IBackgroundJobManager
{
    /// <inheritdoc/>
    public Task<string> EnqueueAsync<TArgs>(TArgs args, TimeSpan? delay = null, BackgroundJobPriority priority = BackgroundJobPriority.Normal, CancellationToken cancellationToken = default)
        where TArgs : notnull
    {
        var registration = options.Value.GetByArgsType(typeof(TArgs));
        var json = JsonSerializer.Serialize(args, BackgroundJobJson.Options);
        var queue = BackgroundJobQueues.Of(priority);
        var job = BackgroundJobDispatcher.ForTenant(registration.Name, currentTenant.Id, protector.Protect(json), queue);
        IState state = delay is { } wait && wait > TimeSpan.Zero ? new ScheduledState(wait) : new EnqueuedState(queue);
        cancellationToken.ThrowIfCancellationRequested();
        // Hangfire's client is synchronous (one short insert transaction).
        return Task.FromResult(jobClient.Create(job, state));
    }
}
