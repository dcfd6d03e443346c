namespace FitSaaS.Billing;

/// <summary>
/// One bucket (a month of the report) and plan of <see cref="IBillingReportRepository.GetRevenueAsync"/>. Amounts in minor
/// units of the tenant's currency.
/// </summary>
/// <param name="Bucket">The bucket's index (0 = the first).</param>
/// <param name="PlanId">The plan; null for invoices without a plan line (penalties, fees).</param>
/// <param name="Invoiced">Σ totals (tax included) of the non-void invoices issued in the bucket.</param>
/// <param name="Tax">Σ tax of those invoices.</param>
/// <param name="Received">Σ payments received in the bucket.</param>
/// <param name="Refunded">Σ refunds made in the bucket.</param>
public sealed record BillingRevenueGroup(int Bucket, Guid? PlanId, long Invoiced, long Tax, long Received, long Refunded);
