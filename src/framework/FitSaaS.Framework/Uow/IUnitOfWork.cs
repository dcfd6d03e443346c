namespace FitSaaS.Framework.Uow;

/// <summary>
/// One business transaction: every change made through repositories inside it is saved and committed
/// together when it completes, with local events dispatched before commit, or rolled back when it is
/// disposed without completing. Application-service calls get one automatically; a nested call joins
/// the outer one.
/// </summary>
public interface IUnitOfWork : IAsyncDisposable
{
    /// <summary>True when this unit of work runs in a database transaction.</summary>
    bool IsTransactional { get; }

    /// <summary>Saves pending changes (dispatching local events first) without committing.</summary>
    Task SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>Saves and commits. Calling it on a joined (nested) unit of work does nothing; the outer one commits.</summary>
    Task CompleteAsync(CancellationToken cancellationToken = default);

    /// <summary>Registers work to run after a successful commit (e.g. cache invalidation); skipped on rollback.</summary>
    void OnCompleted(Func<Task> handler);
}
