namespace FitSaaS.Billing;

/// <summary>The revenue of the whole range, in minor units: each figure is the sum of the rows' (<see cref="BillingRevenueRowDto"/>).</summary>
public sealed class BillingReportTotalsDto
{
    /// <summary>Σ totals, tax included, of the invoices (not void) issued in the range.</summary>
    public long Invoiced { get; init; }

    /// <summary>Σ tax of those invoices.</summary>
    public long Tax { get; init; }

    /// <summary>Σ payments received in the range minus <see cref="Refunded"/>.</summary>
    public long Collected { get; init; }

    /// <summary>Σ refunds given back in the range.</summary>
    public long Refunded { get; init; }
}
