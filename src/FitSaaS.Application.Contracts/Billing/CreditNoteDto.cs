namespace FitSaaS.Billing;

/// <summary>A credit note (money given back against an invoice).</summary>
public sealed class CreditNoteDto
{
    /// <summary>Id.</summary>
    public Guid Id { get; init; }

    /// <summary>Number (gap-free per gym).</summary>
    public string Number { get; init; } = "";

    /// <summary>The invoice credited.</summary>
    public Guid InvoiceId { get; init; }

    /// <summary>The payment refunded.</summary>
    public Guid? PaymentId { get; init; }

    /// <summary>Minor units.</summary>
    public long Amount { get; init; }

    /// <summary>ISO 4217 code.</summary>
    public string Currency { get; init; } = "";

    /// <summary>Why.</summary>
    public string Reason { get; init; } = "";

    /// <summary>When (UTC).</summary>
    public DateTime IssuedAtUtc { get; init; }
}
