namespace FitSaaS.Billing;

/// <summary>
/// The gym's financial report over the local dates <see cref="FromDate"/>..<see cref="ToDate"/> (inclusive) in
/// <see cref="TimeZoneId"/>, i.e. the UTC instants <c>[<see cref="FromUtc"/>, <see cref="ToUtc"/>)</c>. Money is in integer
/// minor units of <see cref="Currency"/> (1250 EUR = €12.50, 1250 JPY = ¥1,250).
/// </summary>
public sealed class BillingReportDto
{
    /// <summary>The first day (local date in <see cref="TimeZoneId"/>).</summary>
    public DateOnly FromDate { get; init; }

    /// <summary>The last day, inclusive (local date in <see cref="TimeZoneId"/>).</summary>
    public DateOnly ToDate { get; init; }

    /// <summary>The gym's IANA zone the dates and months are in.</summary>
    public required string TimeZoneId { get; init; }

    /// <summary>The gym's ISO 4217 currency of every amount.</summary>
    public required string Currency { get; init; }

    /// <summary>The instant <see cref="FromDate"/> starts (UTC, inclusive).</summary>
    public DateTime FromUtc { get; init; }

    /// <summary>The instant after <see cref="ToDate"/> ends (UTC, exclusive).</summary>
    public DateTime ToUtc { get; init; }

    /// <summary>Revenue by month, then plan (by name; penalties and fees last). Months and plans without any amount have no row.</summary>
    public required IReadOnlyList<BillingRevenueRowDto> Rows { get; init; }

    /// <summary>The sums of <see cref="Rows"/>.</summary>
    public required BillingReportTotalsDto Totals { get; init; }

    /// <summary>
    /// Monthly recurring revenue at the end of the range, in minor units: over the recurring memberships live then
    /// (<c>Active</c>, <c>PastDue</c>, <c>Debt</c>, <c>Frozen</c>), each price per period normalized to a month —
    /// <c>price / n</c> for every n months, <c>price × 52 / (12 × n)</c> for every n weeks, <c>price / (12 × n)</c> for every
    /// n years — summed exactly and rounded once, half up, to the minor unit:
    /// <c>MRR = round_half_up(Σ price × factor)</c>. Prices as sold (net or gross per the plan's tax mode).
    /// </summary>
    public long MonthlyRecurringRevenue { get; init; }

    /// <summary>Distinct members with a live membership (any kind) at the end of the range.</summary>
    public int ActiveMembers { get; init; }

    /// <summary>Memberships (any kind) live at the start of the range: the basis of <see cref="ChurnRateBasisPoints"/>.</summary>
    public int LiveMembershipsAtStart { get; init; }

    /// <summary>Memberships activated (first invoice paid) in the range.</summary>
    public int NewMemberships { get; init; }

    /// <summary>Memberships that had been active and ended (<c>Cancelled</c> or <c>Expired</c>) in the range.</summary>
    public int ChurnedMemberships { get; init; }

    /// <summary>
    /// <see cref="ChurnedMemberships"/> × 10000 / <see cref="LiveMembershipsAtStart"/> in basis points (250 = 2.5 %), an integer
    /// rounded half up; 0 when nothing was live at the start.
    /// </summary>
    public int ChurnRateBasisPoints { get; init; }

    /// <summary>Σ still due now on <c>Open</c> and <c>Uncollectible</c> invoices (whatever the range), in minor units.</summary>
    public long OutstandingDebt { get; init; }

    /// <summary>The part of <see cref="OutstandingDebt"/> on invoices past their due date now, in minor units.</summary>
    public long OverdueDebt { get; init; }

    /// <summary>The instant <see cref="OutstandingDebt"/> and <see cref="OverdueDebt"/> were read (UTC).</summary>
    public DateTime DebtsAtUtc { get; init; }

    /// <summary>Σ totals of the penalty lines (late cancellations, no-shows) of the invoices paid in full in the range, in minor units.</summary>
    public long PenaltyIncome { get; init; }
}
