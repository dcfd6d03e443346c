using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Programs;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Programs;

/// <summary>EF Core <see cref="IBodyMetricEntryRepository"/> (tenant filter applies). Values are compared in memory, never in SQL.</summary>
public sealed class EfCoreBodyMetricEntryRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, BodyMetricEntry>(dbContextProvider), IBodyMetricEntryRepository
{
    /// <inheritdoc/>
    public async Task<(List<BodyMetricEntry> Items, long TotalCount)> GetPagedListAsync(
        Guid memberId, Guid? metricId, DateTime? fromUtc, DateTime? toUtc, bool ascending, int skipCount, int maxResultCount,
        CancellationToken cancellationToken = default)
    {
        var query = (await GetDbSetAsync(cancellationToken)).AsNoTracking().Where(e => e.MemberId == memberId);
        if (metricId is { } metric)
        {
            query = query.Where(e => e.MetricId == metric);
        }

        if (fromUtc is { } from)
        {
            query = query.Where(e => e.MeasuredAt >= from);
        }

        if (toUtc is { } to)
        {
            query = query.Where(e => e.MeasuredAt < to);
        }

        var total = await query.LongCountAsync(cancellationToken);
        if (total == 0)
        {
            return ([], 0);
        }

        var ordered = ascending ? query.OrderBy(e => e.MeasuredAt).ThenBy(e => e.Id) : query.OrderByDescending(e => e.MeasuredAt).ThenByDescending(e => e.Id);
        return (await ordered.Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken), total);
    }

    /// <inheritdoc/>
    public async Task<List<BodyMetricEntry>> GetLatestPerMetricAsync(Guid memberId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(e => e.MemberId == memberId)
            .GroupBy(e => e.MetricId)
            .Select(g => g.OrderByDescending(e => e.MeasuredAt).ThenByDescending(e => e.Id).First())
            .ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<BodyMetricEntry?> FindLatestAsync(Guid memberId, Guid metricId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(e => e.MemberId == memberId && e.MetricId == metricId)
            .OrderByDescending(e => e.MeasuredAt).ThenByDescending(e => e.Id)
            .FirstOrDefaultAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<Dictionary<Guid, List<BodyMetricObservation>>> GetObservationsSinceAsync(
        Guid memberId, IReadOnlyCollection<Guid> metricIds, DateTime sinceUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metricIds);
        var ids = metricIds.Distinct().ToList();
        var rows = await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(e => e.MemberId == memberId && ids.Contains(e.MetricId) && e.MeasuredAt >= sinceUtc)
            .Select(e => new { e.MetricId, e.Value, e.MeasuredAt })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.MetricId).ToDictionary(g => g.Key, g => g.Select(r => new BodyMetricObservation(r.Value, r.MeasuredAt)).ToList());
    }

    /// <inheritdoc/>
    public async Task<bool> AnyOfMetricAsync(Guid metricId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AnyAsync(e => e.MetricId == metricId, cancellationToken);
}
