using FitSaaS.Framework.Domain;

namespace FitSaaS.Programs;

/// <summary>Body-metric entries of the current tenant's members.</summary>
public interface IBodyMetricEntryRepository : IRepository<BodyMetricEntry, Guid>
{
    /// <summary>
    /// A page of a member's entries, by measured-at (newest first unless <paramref name="ascending"/>), and the total count.
    /// </summary>
    /// <param name="memberId">The member.</param>
    /// <param name="metricId">Only this metric; null for all.</param>
    /// <param name="fromUtc">Only measured at or after (UTC).</param>
    /// <param name="toUtc">Only measured before (UTC).</param>
    /// <param name="ascending">Oldest first.</param>
    /// <param name="skipCount">Items to skip.</param>
    /// <param name="maxResultCount">Page size.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<(List<BodyMetricEntry> Items, long TotalCount)> GetPagedListAsync(
        Guid memberId, Guid? metricId, DateTime? fromUtc, DateTime? toUtc, bool ascending, int skipCount, int maxResultCount,
        CancellationToken cancellationToken = default);

    /// <summary>The member's latest entry (by measured-at, then id) of every metric they measured, in one query.</summary>
    Task<List<BodyMetricEntry>> GetLatestPerMetricAsync(Guid memberId, CancellationToken cancellationToken = default);

    /// <summary>The member's latest entry of a metric, or null.</summary>
    Task<BodyMetricEntry?> FindLatestAsync(Guid memberId, Guid metricId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The member's values of the given metrics measured at or after <paramref name="sinceUtc"/>, untracked, in one query, by
    /// metric id (metrics without values are absent).
    /// </summary>
    Task<Dictionary<Guid, List<BodyMetricObservation>>> GetObservationsSinceAsync(
        Guid memberId, IReadOnlyCollection<Guid> metricIds, DateTime sinceUtc, CancellationToken cancellationToken = default);

    /// <summary>True when any member has an entry of the metric.</summary>
    Task<bool> AnyOfMetricAsync(Guid metricId, CancellationToken cancellationToken = default);
}
