using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Billing;

/// <summary>
/// Financial report query: <c>?fromDate=2026-01-01&amp;toDate=2026-03-31</c>, local dates in the gym's zone, both inclusive,
/// at most 366 days (<c>Billing:InvalidReportRange</c>).
/// </summary>
public sealed class GetBillingReportInput
{
    /// <summary>The first day of the range (a local date in the gym's zone).</summary>
    [Required]
    public DateOnly? FromDate { get; init; }

    /// <summary>The last day of the range, inclusive (a local date in the gym's zone); not before <c>FromDate</c>.</summary>
    [Required]
    public DateOnly? ToDate { get; init; }
}
