using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace FitSaaS.Framework.EntityFrameworkCore;

/// <summary>
/// Look-ups among the entities a context tracks that do not scan for changes first. <c>DbSet.Local</c> and
/// <c>ChangeTracker.Entries()</c> run <c>DetectChanges</c> — a comparison of every tracked entity's properties with its
/// snapshot — on each call, so a unit of work that looks up once per item while it tracks more and more items (a batch
/// job) pays O(n²). These read the tracker as it stands: right for what a scan cannot change — an entity's key, its
/// state as set by <c>Add</c>/<c>Attach</c>, and the property values read from the objects themselves — when the entity
/// type is not reachable through another entity's navigation (an aggregate root), so a scan would not add it either.
/// </summary>
public static class TrackedEntityExtensions
{
    /// <summary>The tracked, not deleted, entity with key <paramref name="id"/>, or null; never queries the database.</summary>
    public static TEntity? FindTracked<TEntity, TKey>(this DbContext context, TKey id)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(context);
        return WithoutDetectingChanges(context, c => c.Set<TEntity>().Local.FindEntry(id)) is { State: not EntityState.Deleted } entry
            ? entry.Entity
            : null;
    }

    /// <summary>The entries of the tracked entities of type <typeparamref name="TEntity"/>, without detecting changes first.</summary>
    public static IEnumerable<EntityEntry<TEntity>> TrackedEntries<TEntity>(this DbContext context)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(context);
        return WithoutDetectingChanges(context, c => c.ChangeTracker.Entries<TEntity>());
    }

    private static TResult WithoutDetectingChanges<TResult>(DbContext context, Func<DbContext, TResult> read)
    {
        var tracker = context.ChangeTracker;
        var autoDetectChanges = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return read(context);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = autoDetectChanges;
        }
    }
}
