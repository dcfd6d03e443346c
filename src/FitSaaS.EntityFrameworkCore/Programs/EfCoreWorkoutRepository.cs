using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Programs;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Programs;

/// <summary>
/// EF Core <see cref="IWorkoutRepository"/>: like the exercise library, "global plus own" drops the global filters and states
/// soft-delete and visibility explicitly (PostgreSQL row-level security agrees: <see cref="Workout"/> is <c>[SharedHostRows]</c>).
/// </summary>
public sealed class EfCoreWorkoutRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, Workout>(dbContextProvider), IWorkoutRepository
{
    /// <inheritdoc/>
    public async Task<Workout?> FindVisibleAsync(Guid id, Guid? tenantId, CancellationToken cancellationToken = default) =>
        await Visible(await GetDbSetAsync(cancellationToken), tenantId).FirstOrDefaultAsync(w => w.Id == id, cancellationToken);

    /// <inheritdoc/>
    public async Task<List<Workout>> GetVisibleListAsync(IReadOnlyCollection<Guid> ids, Guid? tenantId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Count == 0
            ? []
            : await Visible(await GetDbSetAsync(cancellationToken), tenantId).AsNoTracking().Where(w => ids.Contains(w.Id)).ToListAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<long> GetCountAsync(WorkoutSearch search, CancellationToken cancellationToken = default) =>
        await Search(await GetDbSetAsync(cancellationToken), search).LongCountAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<List<Workout>> GetListAsync(WorkoutSearch search, bool descending, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var query = Search(await GetDbSetAsync(cancellationToken), search).AsNoTracking();
        var ordered = descending ? query.OrderByDescending(w => w.NormalizedTitle) : query.OrderBy(w => w.NormalizedTitle);
        return await ordered.ThenBy(w => w.Id).Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<HashSet<string>> GetGlobalBenchmarkKeysAsync(CancellationToken cancellationToken = default)
    {
        var keys = await (await GetDbSetAsync(cancellationToken)).IgnoreQueryFilters()
            .Where(w => w.TenantId == null && w.BenchmarkKey != null)
            .Select(w => w.BenchmarkKey!)
            .ToListAsync(cancellationToken);
        return keys.ToHashSet(StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public async Task<Dictionary<string, Exercise>> GetGlobalExercisesByNameAsync(IReadOnlyCollection<string> normalizedNames, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(normalizedNames);
        var context = await GetDbContextAsync(cancellationToken);
        var exercises = await context.Set<Exercise>().IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.TenantId == null && !e.IsDeleted && normalizedNames.Contains(e.NormalizedName))
            .ToListAsync(cancellationToken);

        // An import in the same unit of work (a fresh database) is not saved yet: its exercises are only in the change tracker.
        exercises.AddRange(context.Set<Exercise>().Local.Where(e => e.TenantId == null && !e.IsDeleted && normalizedNames.Contains(e.NormalizedName)));
        return exercises.GroupBy(e => e.NormalizedName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderBy(e => e.SourceId, StringComparer.Ordinal).First(), StringComparer.Ordinal);
    }

    private static IQueryable<Workout> Visible(DbSet<Workout> workouts, Guid? tenantId)
    {
        var query = workouts.IgnoreQueryFilters().Where(w => !w.IsDeleted);
        return tenantId is { } tenant
            ? query.Where(w => w.TenantId == null || w.TenantId == tenant)
            : query.Where(w => w.TenantId == null);
    }

    private static IQueryable<Workout> Search(DbSet<Workout> workouts, WorkoutSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var query = Visible(workouts, search.VisibleToTenantId);
        if (search.OnlyCustom is { } onlyCustom)
        {
            query = onlyCustom ? query.Where(w => w.TenantId != null) : query.Where(w => w.TenantId == null);
        }

        if (!string.IsNullOrWhiteSpace(search.Text))
        {
            var text = Workout.NormalizeTitle(search.Text);
            query = query.Where(w => w.NormalizedTitle.Contains(text));
        }

        if (search.ScoringType is { } scoringType)
        {
            query = query.Where(w => w.ScoringType == scoringType);
        }

        if (search.IsBenchmark is { } isBenchmark)
        {
            query = query.Where(w => w.IsBenchmark == isBenchmark);
        }

        return query;
    }
}
