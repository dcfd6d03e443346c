namespace FitSaaS.Billing;

/// <summary>An invoice: lines and totals in minor units of <see cref="Currency"/>.</summary>
public sealed class InvoiceDto
{
    /// <summary>Id.</summary>
    public Guid Id { get; init; }

    /// <summary>Number (gap-free per gym); null while a draft.</summary>
    public string? Number { get; init; }

    /// <summary>The member billed.</summary>
    public Guid MemberId { get; init; }

    /// <summary>The membership billed, if any.</summary>
    public Guid? MembershipId { get; init; }

    /// <summary>Where it stands.</summary>
    public InvoiceStatus Status { get; init; }

    /// <summary>ISO 4217 code.</summary>
    public string Currency { get; init; } = "";

    /// <summary>Lines.</summary>
    public IReadOnlyList<InvoiceLineDto> Lines { get; init; } = [];

    /// <summary>Σ net.</summary>
    public long Subtotal { get; init; }

    /// <summary>Σ tax.</summary>
    public long Tax { get; init; }

    /// <summary>Subtotal + tax.</summary>
    public long Total { get; init; }

    /// <summary>Paid so far.</summary>
    public long AmountPaid { get; init; }

    /// <summary>Still owed (open or uncollectible).</summary>
    public long AmountDue { get; init; }

    /// <summary>Refunded through credit notes.</summary>
    public long AmountCredited { get; init; }

    /// <summary>Issued (UTC).</summary>
    public DateTime? IssuedAtUtc { get; init; }

    /// <summary>Due (UTC).</summary>
    public DateTime? DueAtUtc { get; init; }

    /// <summary>Paid in full (UTC).</summary>
    public DateTime? PaidAtUtc { get; init; }

    /// <summary>Voided or written off (UTC).</summary>
    public DateTime? ClosedAtUtc { get; init; }

    /// <summary>Why it was voided or written off.</summary>
    public string? ClosedReason { get; init; }
}
