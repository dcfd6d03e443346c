using FitSaaS.Framework.Domain;

namespace FitSaaS.Programs;

/// <summary>
/// Exercises. Besides the standard (tenant-filtered) operations it offers the library's visibility rule:
/// the global library plus the given tenant's own exercises.
/// </summary>
public interface IExerciseRepository : IRepository<Exercise, Guid>
{
    /// <summary>Returns the exercise if it is global or belongs to <paramref name="tenantId"/>, and is not deleted; otherwise null.</summary>
    Task<Exercise?> FindVisibleAsync(Guid id, Guid? tenantId, CancellationToken cancellationToken = default);

    /// <summary>Counts the exercises matching <paramref name="search"/>.</summary>
    Task<long> GetCountAsync(ExerciseSearch search, CancellationToken cancellationToken = default);

    /// <summary>Returns one page of the exercises matching <paramref name="search"/>, untracked.</summary>
    Task<List<Exercise>> GetListAsync(
        ExerciseSearch search,
        ExerciseSortField sortField,
        bool descending,
        int skipCount,
        int maxResultCount,
        CancellationToken cancellationToken = default);

    /// <summary>True when the tenant has a custom exercise (not deleted) with this normalized name, other than <paramref name="excludedId"/>.</summary>
    Task<bool> CustomNameExistsAsync(Guid tenantId, string normalizedName, Guid? excludedId = null, CancellationToken cancellationToken = default);

    /// <summary>The source ids of every global exercise, deleted ones included, in one query.</summary>
    Task<HashSet<string>> GetGlobalSourceIdsAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds many exercises at once; saved with the unit of work.</summary>
    Task InsertManyAsync(IEnumerable<Exercise> exercises, CancellationToken cancellationToken = default);
}
