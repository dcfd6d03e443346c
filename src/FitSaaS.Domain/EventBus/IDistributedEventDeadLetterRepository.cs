using FitSaaS.Framework.Domain;

namespace FitSaaS.EventBus;

/// <summary>Repository of dead-lettered distributed events (host data).</summary>
public interface IDistributedEventDeadLetterRepository : IRepository<DistributedEventDeadLetter, Guid>
{
    /// <summary>A page of dead letters, newest first, and the total count.</summary>
    Task<(List<DistributedEventDeadLetter> Items, long TotalCount)> GetPagedListAsync(int skipCount, int maxResultCount, CancellationToken cancellationToken = default);
}
