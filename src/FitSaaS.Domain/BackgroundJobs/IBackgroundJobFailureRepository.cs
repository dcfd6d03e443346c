using FitSaaS.Framework.Domain;

namespace FitSaaS.BackgroundJobs;

/// <summary>Repository of failed background jobs.</summary>
public interface IBackgroundJobFailureRepository : IRepository<BackgroundJobFailure, Guid>
{
    /// <summary>A page of failures, newest first, and the total count.</summary>
    Task<(List<BackgroundJobFailure> Items, long TotalCount)> GetPagedListAsync(int skipCount, int maxResultCount, CancellationToken cancellationToken = default);
}
