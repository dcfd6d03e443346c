using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Programs;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Programs;

/// <summary>EF Core <see cref="IPublishedWorkoutRepository"/> (tenant filter applies).</summary>
public sealed class EfCorePublishedWorkoutRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, PublishedWorkout>(dbContextProvider), IPublishedWorkoutRepository
{
    /// <inheritdoc/>
    public async Task<int> GetLatestVersionNumberAsync(Guid trackId, DateOnly date, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).Where(p => p.TrackId == trackId && p.Date == date)
            .Select(p => (int?)p.PublishedVersion).MaxAsync(cancellationToken) ?? 0;

    /// <inheritdoc/>
    public async Task<List<PublishedWorkout>> GetCurrentListAsync(Guid trackId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var set = await GetDbSetAsync(cancellationToken);
        var rows = set.Where(p => p.TrackId == trackId && p.Date >= from && p.Date <= to);
        return await rows.AsNoTracking()
            .Where(p => !p.IsUnpublished && p.PublishedVersion == rows.Where(o => o.Date == p.Date).Max(o => o.PublishedVersion))
            .OrderBy(p => p.Date)
            .ToListAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<List<PublishedWorkout>> GetVersionsAsync(Guid trackId, DateOnly date, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).Where(p => p.TrackId == trackId && p.Date == date).OrderBy(p => p.PublishedVersion).ToListAsync(cancellationToken);
}
