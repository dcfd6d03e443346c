namespace FitSaaS.Framework.BackgroundJobs;

/// <summary>
/// Handles one kind of background job. Resolved from a new DI scope per run; runs in the tenant that enqueued the job
/// (or per active tenant for a "for every tenant" recurring job) inside a transactional unit of work.
/// Register with <see cref="BackgroundJobServiceCollectionExtensions.AddBackgroundJob{TJob, TArgs}"/>.
/// </summary>
/// <typeparam name="TArgs">The job's arguments; serialized with System.Text.Json, so keep them small and free of secrets.</typeparam>
public interface IBackgroundJob<in TArgs>
{
    /// <summary>Runs the job. Throwing makes it retry with back-off (<see cref="BackgroundJobOptions.MaxAttempts"/>).</summary>
    Task ExecuteAsync(TArgs args, CancellationToken cancellationToken);
}
