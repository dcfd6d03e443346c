namespace FitSaaS.Billing;

/// <summary>Recurring memberships of one billing period (<paramref name="IntervalCount"/> × <paramref name="Interval"/>).</summary>
/// <param name="Interval">The period's unit.</param>
/// <param name="IntervalCount">Units per period (1..12).</param>
/// <param name="Count">How many memberships.</param>
/// <param name="PriceSum">Σ of their prices per period, in minor units.</param>
public sealed record RecurringPriceGroup(BillingInterval Interval, int IntervalCount, int Count, long PriceSum);
