namespace FitSaaS.Billing;

/// <summary>Where an invoice stands (Stripe's invoice statuses). Stored and serialized as its name. Draft → Open (finalized: numbered and due) → Paid | Void | Uncollectible (written off); Uncollectible → Paid when paid after all.</summary>
public enum InvoiceStatus
{
    /// <summary>Being prepared: no number, not due, editable.</summary>
    Draft = 0,

    /// <summary>Finalized: numbered, due at its due date, accepting payments.</summary>
    Open = 1,

    /// <summary>Paid in full.</summary>
    Paid = 2,

    /// <summary>Cancelled after it was finalized (its number stays used); nothing is due.</summary>
    Void = 3,

    /// <summary>Written off as a bad debt by staff; a later payment still settles it.</summary>
    Uncollectible = 4,
}
