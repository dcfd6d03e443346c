namespace FitSaaS.Billing;

/// <summary>A dispute of an online payment. Amount in minor units.</summary>
public sealed class PaymentDisputeDto
{
    /// <summary>Id.</summary>
    public Guid Id { get; init; }

    /// <summary>Stripe's id (<c>dp_…</c>).</summary>
    public required string DisputeId { get; init; }

    /// <summary>The disputed payment, when recorded in FitSaaS.</summary>
    public Guid? PaymentId { get; init; }

    /// <summary>Its invoice.</summary>
    public Guid? InvoiceId { get; init; }

    /// <summary>Its member.</summary>
    public Guid? MemberId { get; init; }

    /// <summary>Disputed amount, minor units of <see cref="Currency"/>.</summary>
    public long Amount { get; init; }

    /// <summary>ISO 4217 code.</summary>
    public required string Currency { get; init; }

    /// <summary>Stripe's reason (<c>fraudulent</c>, <c>product_not_received</c>…).</summary>
    public required string Reason { get; init; }

    /// <summary>Stripe's status (<c>needs_response</c>, <c>under_review</c>, <c>won</c>, <c>lost</c>…).</summary>
    public required string Status { get; init; }

    /// <summary>When evidence is due at Stripe (UTC).</summary>
    public DateTime? EvidenceDueByUtc { get; init; }

    /// <summary>Opened (UTC).</summary>
    public DateTime OpenedAtUtc { get; init; }

    /// <summary>Decided (UTC).</summary>
    public DateTime? ClosedAtUtc { get; init; }
}
