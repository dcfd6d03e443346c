namespace FitSaaS.Framework.Features;

/// <summary>
/// Serializes count-and-insert for one (tenant, quota) inside the current transaction: the lock is held
/// until the unit of work commits or rolls back, so a concurrent request for the same quota counts only
/// after this one's insert is visible. PostgreSQL: <c>pg_advisory_xact_lock</c>; SQLite: the database's
/// single write lock, which a transactional unit of work holds from its start.
/// </summary>
public interface IQuotaLock
{
    /// <summary>
    /// Waits for and takes the lock named <paramref name="key"/> for the rest of the current transaction. Re-entrant: taking a
    /// lock the transaction already holds returns at once (one more statement on PostgreSQL).
    /// </summary>
    /// <exception cref="InvalidOperationException">No transaction is open (call it inside a transactional unit of work).</exception>
    Task AcquireAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Waits for and takes every lock named in <paramref name="keys"/> for the rest of the current transaction (a batch
    /// job's items), in a fixed order, so two callers taking overlapping sets do not deadlock each other. By default one
    /// <see cref="AcquireAsync(string, CancellationToken)"/> after the other; an implementation may take them in one round trip.
    /// </summary>
    /// <exception cref="InvalidOperationException">No transaction is open (call it inside a transactional unit of work).</exception>
    async Task AcquireAllAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            await AcquireAsync(key, cancellationToken).ConfigureAwait(false);
        }
    }
}
