namespace FitSaaS.Billing;

/// <summary>An invoice line; amounts in minor units (<c>Net + Tax = Total</c>).</summary>
public sealed class InvoiceLineDto
{
    /// <summary>Id.</summary>
    public Guid Id { get; init; }

    /// <summary>What it is for.</summary>
    public InvoiceLineKind Kind { get; init; }

    /// <summary>Text.</summary>
    public string Description { get; init; } = "";

    /// <summary>Units.</summary>
    public int Quantity { get; init; }

    /// <summary>Price of one unit as priced (net or gross per <see cref="TaxMode"/>).</summary>
    public long UnitAmount { get; init; }

    /// <summary>Tax rate in percent.</summary>
    public decimal TaxRatePercent { get; init; }

    /// <summary>Whether the unit amount includes the tax.</summary>
    public TaxMode TaxMode { get; init; }

    /// <summary>Net.</summary>
    public long Net { get; init; }

    /// <summary>Tax.</summary>
    public long Tax { get; init; }

    /// <summary>Net + tax.</summary>
    public long Total { get; init; }

    /// <summary>Service period's first day.</summary>
    public DateOnly? PeriodStart { get; init; }

    /// <summary>Service period's end (exclusive).</summary>
    public DateOnly? PeriodEnd { get; init; }
}
