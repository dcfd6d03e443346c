namespace FitSaaS.Billing;

/// <summary>
/// Read-only aggregates over invoices, payments, refunds and memberships for the financial reports (current tenant's only).
/// Every amount is in minor units of the invoices' currency (one per tenant: it is locked once something was invoiced);
/// every instant is UTC, and ranges are half-open <c>[from, to)</c>.
/// </summary>
public interface IBillingReportRepository
{
    /// <summary>
    /// Revenue per bucket and plan. <paramref name="boundaries"/> are ascending UTC instants: bucket <c>i</c> is
    /// <c>[boundaries[i], boundaries[i + 1])</c> (the report's months). Per bucket and plan: the totals and tax of the non-void
    /// invoices issued in it, the payments received in it and the refunds made in it (of any invoice, attributed to that
    /// invoice's plan). An invoice with a plan line belongs to its membership's plan; any other (a penalty, a fee) to the
    /// group with a null plan id. Groups without any amount are absent.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two boundaries, or not ascending.</exception>
    Task<List<BillingRevenueGroup>> GetRevenueAsync(IReadOnlyList<DateTime> boundaries, CancellationToken cancellationToken = default);

    /// <summary>
    /// Membership counts over <c>[fromUtc, toUtc)</c>. A membership is live at an instant when it was activated before it
    /// and had not ended by it (<c>ActivatedAtUtc &lt; t</c> and <c>EndedAtUtc</c> null or <c>≥ t</c>): the statuses
    /// <c>Active</c>, <c>PastDue</c>, <c>Debt</c> and <c>Frozen</c> all are, reconstructed from those two instants so a past
    /// range reads as it was.
    /// </summary>
    Task<BillingMembershipFigures> GetMembershipFiguresAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default);

    /// <summary>What is owed now: Σ (total − paid) of the <c>Open</c> and <c>Uncollectible</c> invoices, and the part of it past its due date at <paramref name="now"/>.</summary>
    Task<BillingDebtFigures> GetDebtFiguresAsync(DateTime now, CancellationToken cancellationToken = default);

    /// <summary>Σ of the totals of the <see cref="InvoiceLineKind.Penalty"/> lines of the invoices paid in full in <c>[fromUtc, toUtc)</c>.</summary>
    Task<long> GetPenaltyIncomeAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default);
}
