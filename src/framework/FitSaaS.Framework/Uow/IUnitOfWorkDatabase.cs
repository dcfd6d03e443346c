namespace FitSaaS.Framework.Uow;

/// <summary>
/// The persistence side of a unit of work (implemented by the EF Core layer): begins, saves, commits
/// and rolls back the scope's database work.
/// </summary>
public interface IUnitOfWorkDatabase
{
    /// <summary>Begins a transaction when <paramref name="transactional"/>.</summary>
    Task BeginAsync(bool transactional, CancellationToken cancellationToken);

    /// <summary>Dispatches local events and saves changes.</summary>
    Task SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>Commits the transaction, if any.</summary>
    Task CommitAsync(CancellationToken cancellationToken);

    /// <summary>Rolls the transaction back, if any, and forgets unsaved changes.</summary>
    Task RollbackAsync(CancellationToken cancellationToken);
}
