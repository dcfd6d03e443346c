using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Billing;

/// <summary>
/// A line of an <see cref="Invoice"/>: what is charged (or credited, negative), its tax on its own figures. Amounts in minor
/// units of the invoice's currency; <c>Net + Tax = Total</c>, tax computed by <see cref="BillingMath.ComputeTax"/> (half up).
/// </summary>
public sealed class InvoiceLine : Entity<Guid>, IMultiTenant
{
    private InvoiceLine()
    {
        Description = null!;
    }

    internal InvoiceLine(Guid id, Guid? tenantId, Guid invoiceId, InvoiceLineDraft draft)
        : base(id)
    {
        TenantId = tenantId;
        InvoiceId = invoiceId;
        Kind = draft.Kind;
        Description = draft.Description;
        Quantity = draft.Quantity;
        UnitAmount = draft.UnitAmount;
        TaxRatePercent = draft.TaxRatePercent;
        TaxMode = draft.TaxMode;
        var tax = BillingMath.ComputeTax(draft.UnitAmount * draft.Quantity, draft.TaxRatePercent, draft.TaxMode);
        Net = tax.Net;
        Tax = tax.Tax;
        Total = tax.Gross;
        PeriodStart = draft.PeriodStart;
        PeriodEnd = draft.PeriodEnd;
        SourceKey = draft.SourceKey;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The invoice.</summary>
    public Guid InvoiceId { get; private set; }

    /// <summary>What it is for.</summary>
    public InvoiceLineKind Kind { get; private set; }

    /// <summary>Its text.</summary>
    public string Description { get; private set; }

    /// <summary>How many units.</summary>
    public int Quantity { get; private set; }

    /// <summary>Price of one unit, as priced (net or gross per <see cref="TaxMode"/>).</summary>
    public long UnitAmount { get; private set; }

    /// <summary>Tax rate in percent.</summary>
    public decimal TaxRatePercent { get; private set; }

    /// <summary>Whether <see cref="UnitAmount"/> includes the tax.</summary>
    public TaxMode TaxMode { get; private set; }

    /// <summary>Net amount.</summary>
    public long Net { get; private set; }

    /// <summary>Tax amount.</summary>
    public long Tax { get; private set; }

    /// <summary>Net + tax.</summary>
    public long Total { get; private set; }

    /// <summary>The service period's first day (a membership period), if any.</summary>
    public DateOnly? PeriodStart { get; private set; }

    /// <summary>The service period's end (exclusive), if any.</summary>
    public DateOnly? PeriodEnd { get; private set; }

    /// <summary>What caused it (<c>booking:{id}:penalty</c>), if anything.</summary>
    public string? SourceKey { get; private set; }
}
