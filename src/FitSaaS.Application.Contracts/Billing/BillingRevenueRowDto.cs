namespace FitSaaS.Billing;

/// <summary>
/// Revenue of one plan in one month of the financial report; amounts in minor units of the report's
/// <see cref="BillingReportDto.Currency"/>. An invoice with a plan line counts for its membership's plan; invoices without one
/// (penalties, fees) for the row with a null <see cref="PlanId"/> named <c>Penalties and fees</c>. Invoiced figures follow the
/// issue date; collected and refunded ones the day money was received or given back, for invoices of the row's plan
/// whenever they were issued.
/// </summary>
public sealed class BillingRevenueRowDto
{
    /// <summary>The calendar month in the gym's zone, <c>yyyy-MM</c> (the first and last months may be partial: the range's).</summary>
    public required string Month { get; init; }

    /// <summary>The plan; null for penalties and fees.</summary>
    public Guid? PlanId { get; init; }

    /// <summary>The plan's name (its id when the plan is gone), or <c>Penalties and fees</c>.</summary>
    public required string PlanName { get; init; }

    /// <summary>Σ totals, tax included, of the invoices (not void) issued in the month.</summary>
    public long Invoiced { get; init; }

    /// <summary>Σ tax of those invoices.</summary>
    public long Tax { get; init; }

    /// <summary>Σ payments received in the month minus <see cref="Refunded"/>.</summary>
    public long Collected { get; init; }

    /// <summary>Σ refunds given back in the month.</summary>
    public long Refunded { get; init; }
}
