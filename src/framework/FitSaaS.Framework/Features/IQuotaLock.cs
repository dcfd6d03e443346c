namespace FitSaaS.Framework.Features;

/// <summary>
/// Serializes count-and-insert for one (tenant, quota) inside the current transaction: the lock is held
/// until the unit of work commits or rolls back, so a concurrent request for the same quota counts only
/// after this one's insert is visible. PostgreSQL: <c>pg_advisory_xact_lock</c>; SQLite: the database's
/// single write lock, which a transactional unit of work holds from its start.
/// </summary>
public interface IQuotaLock
{
    /// <summary>Waits for and takes the lock named <paramref name="key"/> for the rest of the current transaction.</summary>
    /// <exception cref="InvalidOperationException">No transaction is open (call it inside a transactional unit of work).</exception>
    Task AcquireAsync(string key, CancellationToken cancellationToken = default);
}
