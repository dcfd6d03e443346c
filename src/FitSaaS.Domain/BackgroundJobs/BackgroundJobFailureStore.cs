using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Guids;

namespace FitSaaS.BackgroundJobs;

/// <summary><see cref="IBackgroundJobFailureStore"/> over <see cref="IBackgroundJobFailureRepository"/>. Each recorded failure is counted by <see cref="BackgroundJobMetrics"/>.</summary>
public sealed class BackgroundJobFailureStore(
    IBackgroundJobFailureRepository failures, IGuidGenerator guidGenerator, BackgroundJobMetrics metrics) : IBackgroundJobFailureStore, ITransientDependency
{
    /// <inheritdoc/>
    public async Task RecordAsync(BackgroundJobFailureInfo failure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(failure);
        metrics.Failed(failure.JobName, failure.TenantId);
        await failures.InsertAsync(new BackgroundJobFailure(guidGenerator.Create(), failure), autoSave: true, cancellationToken);
    }
}
