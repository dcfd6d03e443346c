namespace FitSaaS.Billing;

/// <summary>An amount split into net and tax, in minor units of one currency (<c>Net + Tax == Gross</c>).</summary>
/// <param name="Net">The amount without tax.</param>
/// <param name="Tax">The tax.</param>
/// <param name="Gross">What the member pays.</param>
public readonly record struct TaxBreakdown(long Net, long Tax, long Gross);
