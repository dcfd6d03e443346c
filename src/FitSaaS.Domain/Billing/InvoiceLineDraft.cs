namespace FitSaaS.Billing;

/// <summary>A line to put on an invoice (<see cref="Invoice.AddLine"/>). Amounts in minor units.</summary>
/// <param name="Kind">What it is for.</param>
/// <param name="Description">Its text (1..256 characters).</param>
/// <param name="UnitAmount">Price of one unit (negative for a discount or credit), net or gross per <paramref name="TaxMode"/>.</param>
/// <param name="Quantity">Units (1..1000).</param>
/// <param name="TaxRatePercent">Tax rate in percent.</param>
/// <param name="TaxMode">Whether <paramref name="UnitAmount"/> includes the tax.</param>
/// <param name="PeriodStart">The service period's first day, if any.</param>
/// <param name="PeriodEnd">The service period's end (exclusive), if any.</param>
/// <param name="SourceKey">What caused it, if anything.</param>
public sealed record InvoiceLineDraft(
    InvoiceLineKind Kind,
    string Description,
    long UnitAmount,
    int Quantity = 1,
    decimal TaxRatePercent = 0,
    TaxMode TaxMode = TaxMode.Exclusive,
    DateOnly? PeriodStart = null,
    DateOnly? PeriodEnd = null,
    string? SourceKey = null);
