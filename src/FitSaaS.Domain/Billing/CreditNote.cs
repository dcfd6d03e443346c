using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Billing;

/// <summary>
/// A credit note: money given back against an invoice (a refund), numbered in the tenant's own gap-free credit-note
/// sequence. Amount in minor units of the invoice's currency. Never changed or deleted.
/// </summary>
[Audited]
public sealed class CreditNote : CreationAuditedAggregateRoot<Guid>, IMultiTenant
{
    private CreditNote()
    {
        Number = null!;
        Currency = null!;
        Reason = null!;
    }

    /// <summary>Creates a credit note.</summary>
    public CreditNote(Guid id, Guid? tenantId, Invoice invoice, Guid? paymentId, long sequenceNumber, string number, long amount, string reason, DateTime now)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        TenantId = tenantId;
        InvoiceId = invoice.Id;
        MemberId = invoice.MemberId;
        PaymentId = paymentId;
        SequenceNumber = sequenceNumber;
        Number = number;
        Amount = BillingMath.EnsureAmount(amount, "amount", allowZero: false);
        Currency = invoice.Currency;
        Reason = reason.Trim();
        IssuedAtUtc = now;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The invoice credited.</summary>
    public Guid InvoiceId { get; private set; }

    /// <summary>The member.</summary>
    public Guid MemberId { get; private set; }

    /// <summary>The payment refunded, if a refund.</summary>
    public Guid? PaymentId { get; private set; }

    /// <summary>Its place in the tenant's credit-note sequence.</summary>
    public long SequenceNumber { get; private set; }

    /// <summary>Its number (<c>CN-000007</c>).</summary>
    public string Number { get; private set; }

    /// <summary>Amount credited, in minor units.</summary>
    public long Amount { get; private set; }

    /// <summary>ISO 4217 code.</summary>
    public string Currency { get; private set; }

    /// <summary>Why.</summary>
    public string Reason { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTime IssuedAtUtc { get; private set; }
}
