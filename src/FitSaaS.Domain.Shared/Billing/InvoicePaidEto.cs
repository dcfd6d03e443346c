using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Billing;

/// <summary>
/// Distributed event <c>Billing.InvoicePaid.v1</c>: an invoice was paid in full (by one payment or the last of several).
/// Published through the outbox in the payment's transaction; the tenant travels in the envelope.
/// </summary>
[EventName("Billing.InvoicePaid.v1")]
public sealed class InvoicePaidEto
{
    /// <summary>The invoice.</summary>
    public Guid InvoiceId { get; init; }

    /// <summary>Its number.</summary>
    public string Number { get; init; } = "";

    /// <summary>The member billed.</summary>
    public Guid MemberUserId { get; init; }

    /// <summary>The total paid, in minor units.</summary>
    public long Total { get; init; }

    /// <summary>ISO 4217 code.</summary>
    public string Currency { get; init; } = "";

    /// <summary>When the last payment was received (UTC).</summary>
    public DateTime PaidAtUtc { get; init; }
}
