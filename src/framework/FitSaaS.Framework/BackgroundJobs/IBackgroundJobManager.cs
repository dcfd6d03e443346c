namespace FitSaaS.Framework.BackgroundJobs;

/// <summary>Queues background jobs.</summary>
public interface IBackgroundJobManager
{
    /// <summary>
    /// Queues a job with <paramref name="args"/> for the current tenant (or the host), to run after
    /// <paramref name="delay"/> (default: as soon as possible). The job is stored persistently, so it survives a restart.
    /// </summary>
    /// <returns>The job's id.</returns>
    /// <exception cref="InvalidOperationException">No job is registered for <typeparamref name="TArgs"/>.</exception>
    Task<string> EnqueueAsync<TArgs>(TArgs args, TimeSpan? delay = null, BackgroundJobPriority priority = BackgroundJobPriority.Normal, CancellationToken cancellationToken = default)
        where TArgs : notnull;
}
