namespace FitSaaS.Billing;

/// <summary>What an invoice line is for. Stored and serialized as its name.</summary>
public enum InvoiceLineKind
{
    /// <summary>A plan's price for a period, a pack or a drop-in.</summary>
    Plan = 0,

    /// <summary>The prorated difference of an upgrade for the rest of the period (may be negative: a credit).</summary>
    Proration = 1,

    /// <summary>A fee (a freeze fee, a sign-up fee).</summary>
    Fee = 2,

    /// <summary>A late-cancellation or no-show penalty (DOMAIN.md §2.15).</summary>
    Penalty = 3,

    /// <summary>A discount (negative).</summary>
    Discount = 4,
}
