using System.Runtime.CompilerServices;
using FitSaaS.Framework.Uow;

namespace FitSaaS.Framework.Caching;

/// <summary>
/// Remembers, per unit of work, which cached data it changed and has not committed yet: readers in that unit of work
/// bypass the shared cache for such data (they read their own change from the database and cache nothing), so an
/// uncommitted — possibly rolled-back — value never reaches the cache that other requests and instances read. The marks die
/// with the unit of work (commit, rollback or disposal); the caller invalidates the shared entries after commit.
/// </summary>
public static class UnitOfWorkCacheExtensions
{
    private static readonly ConditionalWeakTable<IUnitOfWork, HashSet<string>> Changes = [];

    /// <summary>Marks <paramref name="dataKey"/> (a name chosen by the cache, e.g. <c>tenant:{id}</c>) as changed in <paramref name="unitOfWork"/>.</summary>
    public static void MarkCacheDataChanged(this IUnitOfWork unitOfWork, string dataKey)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        ArgumentException.ThrowIfNullOrEmpty(dataKey);
        var keys = Changes.GetOrCreateValue(unitOfWork);
        lock (keys)
        {
            keys.Add(dataKey);
        }
    }

    /// <summary>True when <paramref name="unitOfWork"/> (null = none: false) changed <paramref name="dataKey"/> and has not committed yet.</summary>
    public static bool HasCacheDataChanged(this IUnitOfWork? unitOfWork, string dataKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataKey);
        if (unitOfWork is null || !Changes.TryGetValue(unitOfWork, out var keys))
        {
            return false;
        }

        lock (keys)
        {
            return keys.Contains(dataKey);
        }
    }
}
