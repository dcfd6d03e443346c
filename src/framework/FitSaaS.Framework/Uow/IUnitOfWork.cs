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

/// <summary>Options of a new unit of work.</summary>
public sealed class UnitOfWorkOptions
{
    /// <summary>Run in a database transaction; default true.</summary>
    public bool IsTransactional { get; init; } = true;
}

/// <summary>Starts units of work and tells whether one is active in the current scope.</summary>
public interface IUnitOfWorkManager
{
    /// <summary>The active unit of work of this scope, or null.</summary>
    IUnitOfWork? Current { get; }

    /// <summary>Begins a unit of work, or joins the current one when one is active.</summary>
    Task<IUnitOfWork> BeginAsync(UnitOfWorkOptions? options = null, CancellationToken cancellationToken = default);
}

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

/// <summary>Marks a method or application service whose calls must not start a unit of work (or explicitly a non-transactional one).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Interface)]
public sealed class UnitOfWorkAttribute : Attribute
{
    /// <summary>True to run without a unit of work; default false.</summary>
    public bool IsDisabled { get; init; }

    private readonly bool? _isTransactional;

    /// <summary>
    /// Run in a transaction (true) or not (false). When not set, by convention: methods served with HTTP <c>GET</c>
    /// (<c>Get…</c>, <c>Find…</c>, <c>[HttpApiMethod("GET")]</c>) are not transactional, others are.
    /// </summary>
    public bool IsTransactional
    {
        get => _isTransactional ?? true;
        init => _isTransactional = value;
    }

    /// <summary>The explicit <see cref="IsTransactional"/> value, or null when the convention applies.</summary>
    public bool? TransactionalOverride => _isTransactional;
}
