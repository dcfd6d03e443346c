using FitSaaS.Framework.Domain;

namespace FitSaaS.Bookings;

/// <summary>Repository of class sessions (current tenant's only).</summary>
public interface IClassSessionRepository : IRepository<ClassSession, Guid>
{
    /// <summary>
    /// Serializes every booking change of a session: takes a write lock on the session row that is held
    /// until the current transaction ends (PostgreSQL: <c>SELECT … FOR NO KEY UPDATE</c>, the lock an UPDATE
    /// takes, reading the row in the same statement; SQLite, or a session already tracked: an atomic UPDATE
    /// bumping <see cref="ClassSession.LockVersion"/>), then returns the session and refreshes it and its tracked bookings from the
    /// database, so what the caller sees is the latest committed state. Pending, unsaved changes of
    /// those entities are discarded: lock first, then change. Requires a transaction.
    /// </summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">No such session in the current tenant.</exception>
    Task<ClassSession> LockAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>A read-only copy of the session (not tracked, not locked): for decisions taken before its lock.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">No such session in the current tenant.</exception>
    Task<ClassSession> GetSnapshotAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>A page of sessions matching <paramref name="filter"/>, and the total count.</summary>
    /// <param name="filter">Which sessions.</param>
    /// <param name="sortField">A whitelisted field (<c>startsAtUtc</c>, <c>capacity</c>, <c>creationTime</c>); null = by start.</param>
    /// <param name="descending">Sort descending.</param>
    /// <param name="skipCount">Items to skip.</param>
    /// <param name="maxResultCount">Page size.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<(List<ClassSession> Items, long TotalCount)> GetPagedListAsync(
        ClassSessionListFilter filter, string? sortField, bool descending, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);

    /// <summary>Every session matching <paramref name="filter"/>, by start.</summary>
    Task<List<ClassSession>> GetListAsync(ClassSessionListFilter filter, CancellationToken cancellationToken = default);

    /// <summary>True when a (not deleted) session takes place at the location.</summary>
    Task<bool> AnyAtLocationAsync(Guid locationId, CancellationToken cancellationToken = default);

    /// <summary>True when a (not deleted) session is of the class type.</summary>
    Task<bool> AnyOfClassTypeAsync(Guid classTypeId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The sessions <paramref name="classScheduleId"/> generated for local dates on or after <paramref name="fromDate"/>,
    /// soft-deleted ones included, tracked, ordered by occurrence date.
    /// </summary>
    Task<List<ClassSession>> GetOfScheduleAsync(Guid classScheduleId, DateOnly fromDate, CancellationToken cancellationToken = default);
}
