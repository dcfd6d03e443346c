using FitSaaS.Framework.Application;

namespace FitSaaS.Programs;

/// <summary>
/// A member's history: <c>?metricId=&amp;memberId=&amp;fromUtc=&amp;toUtc=&amp;sorting=measuredAt&amp;skipCount=&amp;maxResultCount=</c>.
/// Default order: newest measurement first; <c>sorting=measuredAt</c> (or <c>measuredAt asc</c>) oldest first.
/// </summary>
[AllowedSorting(SortByMeasuredAt)]
public sealed class GetBodyMetricEntryListInput : PagedAndSortedResultRequestDto
{
    /// <summary>The only sort field.</summary>
    public const string SortByMeasuredAt = "measuredAt";

    /// <summary>Only this metric; null for all.</summary>
    public Guid? MetricId { get; init; }

    /// <summary>This member's (needs <c>BodyMetrics.ManageForMembers</c> unless it is oneself); default oneself.</summary>
    public Guid? MemberId { get; init; }

    /// <summary>Only measured at or after this UTC instant.</summary>
    public DateTime? FromUtc { get; init; }

    /// <summary>Only measured before this UTC instant.</summary>
    public DateTime? ToUtc { get; init; }
}
