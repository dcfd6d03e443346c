namespace FitSaaS.Framework.BackgroundJobs;

/// <summary>Keeps the jobs that failed for good, for host admins (implemented by the application; called as the host, inside a unit of work).</summary>
public interface IBackgroundJobFailureStore
{
    /// <summary>Records a failed job.</summary>
    Task RecordAsync(BackgroundJobFailureInfo failure, CancellationToken cancellationToken = default);
}
