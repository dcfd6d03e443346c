namespace FitSaaS.Billing;

/// <summary>A refund of a payment.</summary>
public sealed class PaymentRefundDto
{
    /// <summary>Id.</summary>
    public Guid Id { get; init; }

    /// <summary>Minor units.</summary>
    public long Amount { get; init; }

    /// <summary>Why.</summary>
    public string Reason { get; init; } = "";

    /// <summary>Its credit note.</summary>
    public Guid CreditNoteId { get; init; }

    /// <summary>The provider's id of the refund (Stripe's <c>re_…</c>, also for a refund made in Stripe's dashboard), if any.</summary>
    public string? ProviderReference { get; init; }

    /// <summary>When (UTC).</summary>
    public DateTime RefundedAtUtc { get; init; }
}
