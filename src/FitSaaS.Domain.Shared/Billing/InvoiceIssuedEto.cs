using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Billing;

/// <summary>
/// Distributed event <c>Billing.InvoiceIssued.v1</c>: an invoice was finalized (numbered and due). Published through the
/// outbox in the transaction that issued it; the tenant travels in the envelope. Amounts in minor units of <see cref="Currency"/>.
/// </summary>
[EventName("Billing.InvoiceIssued.v1")]
public sealed class InvoiceIssuedEto
{
    /// <summary>The invoice.</summary>
    public Guid InvoiceId { get; init; }

    /// <summary>Its number (gap-free per tenant).</summary>
    public string Number { get; init; } = "";

    /// <summary>The member billed.</summary>
    public Guid MemberUserId { get; init; }

    /// <summary>The total, tax included, in minor units.</summary>
    public long Total { get; init; }

    /// <summary>ISO 4217 code.</summary>
    public string Currency { get; init; } = "";

    /// <summary>When it is due (UTC).</summary>
    public DateTime DueAtUtc { get; init; }
}
