using System.Runtime.CompilerServices;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace FitSaaS.EntityFrameworkCore.Billing;

/// <summary>
/// The source keys of <typeparamref name="TEntity"/> a repository read ahead in a transaction: what the database held for
/// them is tracked by the context since, so a look-up of one of them is answered from the tracker — the entity, or none —
/// until the transaction ends. Kept per transaction object: nothing outlives it (a rollback, the next unit of work).
/// </summary>
internal sealed class SourceKeyReadAhead<TEntity>(Func<TEntity, string?> sourceKey)
    where TEntity : class
{
    private readonly ConditionalWeakTable<IDbContextTransaction, HashSet<string>> _loaded = [];

    /// <summary>Remembers <paramref name="keys"/>, whose rows <paramref name="db"/> now tracks; false outside a transaction (nothing to remember).</summary>
    public bool Remember(DbContext db, IEnumerable<string> keys)
    {
        if (db.Database.CurrentTransaction is not { } transaction)
        {
            return false;
        }

        _loaded.GetOrCreateValue(transaction).UnionWith(keys);
        return true;
    }

    /// <summary>
    /// Whether <paramref name="key"/> was read ahead in the current transaction; if so, <paramref name="entity"/> is the
    /// tracked (not deleted) entity with that key — read then or added since — or null when there is none.
    /// </summary>
    public bool TryFind(DbContext db, string key, out TEntity? entity)
    {
        entity = null;
        if (db.Database.CurrentTransaction is not { } transaction || !_loaded.TryGetValue(transaction, out var keys) || !keys.Contains(key))
        {
            return false;
        }

        entity = db.TrackedEntries<TEntity>().FirstOrDefault(e => e.State != EntityState.Deleted && sourceKey(e.Entity) == key)?.Entity;
        return true;
    }
}
