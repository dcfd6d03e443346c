using FitSaaS.Framework.Domain;

namespace FitSaaS.Bookings;

/// <summary>Class schedules of the current tenant.</summary>
public interface IClassScheduleRepository : IRepository<ClassSchedule, Guid>
{
    /// <summary>
    /// Locks the schedule's row until the transaction ends (an UPDATE of <see cref="ClassSchedule.LockVersion"/>) and
    /// returns it, re-read: generation, edits and deletion of one schedule run one at a time, on every instance.
    /// </summary>
    /// <exception cref="InvalidOperationException">Called outside a transaction.</exception>
    /// <exception cref="FitSaaS.Framework.Exceptions.EntityNotFoundException">No such schedule in the tenant.</exception>
    Task<ClassSchedule> LockAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>One page of schedules, ordered by location, local start time and id, untracked.</summary>
    Task<(List<ClassSchedule> Items, long TotalCount)> GetPagedListAsync(
        Guid? locationId, Guid? classTypeId, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);

    /// <summary>The ids of every schedule of the tenant, ascending (the order in which generation locks them).</summary>
    Task<List<Guid>> GetIdsAsync(CancellationToken cancellationToken = default);

    /// <summary>True when a schedule uses the location.</summary>
    Task<bool> AnyAtLocationAsync(Guid locationId, CancellationToken cancellationToken = default);

    /// <summary>True when a schedule uses the class type.</summary>
    Task<bool> AnyOfClassTypeAsync(Guid classTypeId, CancellationToken cancellationToken = default);
}
