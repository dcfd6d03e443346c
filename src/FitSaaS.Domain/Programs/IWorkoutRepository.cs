using FitSaaS.Framework.Domain;

namespace FitSaaS.Programs;

/// <summary>Workouts: besides the standard (tenant-filtered) operations, the library's visibility rule (global plus own).</summary>
public interface IWorkoutRepository : IRepository<Workout, Guid>
{
    /// <summary>Returns the workout if it is global or belongs to <paramref name="tenantId"/>, and is not deleted; otherwise null.</summary>
    Task<Workout?> FindVisibleAsync(Guid id, Guid? tenantId, CancellationToken cancellationToken = default);

    /// <summary>The visible workouts (global or <paramref name="tenantId"/>'s, not deleted) among <paramref name="ids"/>, untracked.</summary>
    Task<List<Workout>> GetVisibleListAsync(IReadOnlyCollection<Guid> ids, Guid? tenantId, CancellationToken cancellationToken = default);

    /// <summary>Counts the workouts matching <paramref name="search"/>.</summary>
    Task<long> GetCountAsync(WorkoutSearch search, CancellationToken cancellationToken = default);

    /// <summary>One page of the workouts matching <paramref name="search"/> by title, untracked.</summary>
    Task<List<Workout>> GetListAsync(WorkoutSearch search, bool descending, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);

    /// <summary>The benchmark keys of every global workout, deleted ones included.</summary>
    Task<HashSet<string>> GetGlobalBenchmarkKeysAsync(CancellationToken cancellationToken = default);

    /// <summary>The global exercises' ids by normalized name (see <see cref="Exercise.NormalizeName"/>), for the benchmark seed (unsaved ones added in the current unit of work included).</summary>
    Task<Dictionary<string, Exercise>> GetGlobalExercisesByNameAsync(IReadOnlyCollection<string> normalizedNames, CancellationToken cancellationToken = default);
}
