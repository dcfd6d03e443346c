using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Programs;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Programs;

/// <summary>
/// EF Core <see cref="IExerciseRepository"/>. The global tenant filter shows only the current tenant's rows,
/// but the library is "global plus own": the library queries drop the global filters and state the
/// soft-delete and visibility conditions explicitly. On PostgreSQL, row-level security agrees: <see cref="Exercise"/>
/// is <c>[SharedHostRows]</c>, so tenants may read the host's rows (never write them) besides their own.
/// </summary>
public sealed class EfCoreExerciseRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, Exercise>(dbContextProvider), IExerciseRepository
{
    /// <inheritdoc/>
    public async Task<Exercise?> FindVisibleAsync(Guid id, Guid? tenantId, CancellationToken cancellationToken = default) =>
        await Visible(await GetDbSetAsync(cancellationToken), tenantId).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    /// <inheritdoc/>
    public async Task<long> GetCountAsync(ExerciseSearch search, CancellationToken cancellationToken = default) =>
        await Search(await GetDbSetAsync(cancellationToken), search).LongCountAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<List<Exercise>> GetListAsync(
        ExerciseSearch search,
        ExerciseSortField sortField,
        bool descending,
        int skipCount,
        int maxResultCount,
        CancellationToken cancellationToken = default)
    {
        var query = Search(await GetDbSetAsync(cancellationToken), search).AsNoTracking();
        var ordered = sortField switch
        {
            ExerciseSortField.Category => (descending ? query.OrderByDescending(e => e.Category) : query.OrderBy(e => e.Category))
                .ThenBy(e => e.NormalizedName),
            _ => descending ? query.OrderByDescending(e => e.NormalizedName) : query.OrderBy(e => e.NormalizedName),
        };
        return await ordered.ThenBy(e => e.Id).Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<bool> CustomNameExistsAsync(Guid tenantId, string normalizedName, Guid? excludedId = null, CancellationToken cancellationToken = default)
    {
        var query = (await GetDbSetAsync(cancellationToken)).IgnoreQueryFilters().Where(e => !e.IsDeleted && e.TenantId == tenantId && e.NormalizedName == normalizedName);
        if (excludedId is { } excluded)
        {
            query = query.Where(e => e.Id != excluded);
        }

        return await query.AnyAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<HashSet<string>> GetGlobalSourceIdsAsync(CancellationToken cancellationToken = default)
    {
        var sourceIds = await (await GetDbSetAsync(cancellationToken)).IgnoreQueryFilters()
            .Where(e => e.TenantId == null && e.SourceId != null)
            .Select(e => e.SourceId!)
            .ToListAsync(cancellationToken);
        return sourceIds.ToHashSet(StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public async Task InsertManyAsync(IEnumerable<Exercise> exercises, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AddRangeAsync(exercises, cancellationToken);

    private static IQueryable<Exercise> Visible(DbSet<Exercise> exercises, Guid? tenantId)
    {
        var query = exercises.IgnoreQueryFilters().Where(e => !e.IsDeleted);
        return tenantId is { } tenant
            ? query.Where(e => e.TenantId == null || e.TenantId == tenant)
            : query.Where(e => e.TenantId == null);
    }

    private static IQueryable<Exercise> Search(DbSet<Exercise> exercises, ExerciseSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var query = Visible(exercises, search.VisibleToTenantId);
        if (search.OnlyCustom is { } onlyCustom)
        {
            query = onlyCustom ? query.Where(e => e.TenantId != null) : query.Where(e => e.TenantId == null);
        }

        if (!string.IsNullOrWhiteSpace(search.Text))
        {
            // NormalizedName is upper-cased in .NET, so an ordinal substring test is case-insensitive on every provider.
            var text = Exercise.NormalizeName(search.Text);
            query = query.Where(e => e.NormalizedName.Contains(text));
        }

        if (search.Muscle is { } muscle)
        {
            var key = Exercise.GetMuscleSearchKey(muscle);
            query = search.IncludeSecondaryMuscles
                ? query.Where(e => e.PrimaryMuscleKeys.Contains(key) || e.SecondaryMuscleKeys.Contains(key))
                : query.Where(e => e.PrimaryMuscleKeys.Contains(key));
        }

        if (search.Equipment is { } equipment)
        {
            query = query.Where(e => e.Equipment == equipment);
        }

        if (search.Category is { } category)
        {
            query = query.Where(e => e.Category == category);
        }

        if (search.Level is { } level)
        {
            query = query.Where(e => e.Level == level);
        }

        return query;
    }
}
