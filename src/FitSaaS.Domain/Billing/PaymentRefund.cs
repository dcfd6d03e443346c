using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Billing;

/// <summary>A refund of (part of) a <see cref="Payment"/>, with the credit note that documents it. Part of its payment.</summary>
[Audited]
public sealed class PaymentRefund : Entity<Guid>, IMultiTenant
{
    private PaymentRefund()
    {
        Reason = null!;
    }

    internal PaymentRefund(Guid id, Guid? tenantId, Guid paymentId, long amount, string reason, Guid creditNoteId, string? providerReference, DateTime now)
        : base(id)
    {
        TenantId = tenantId;
        PaymentId = paymentId;
        Amount = amount;
        Reason = reason;
        CreditNoteId = creditNoteId;
        ProviderReference = providerReference;
        RefundedAtUtc = now;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The payment.</summary>
    public Guid PaymentId { get; private set; }

    /// <summary>Amount in minor units.</summary>
    public long Amount { get; private set; }

    /// <summary>Why.</summary>
    public string Reason { get; private set; }

    /// <summary>Its credit note.</summary>
    public Guid CreditNoteId { get; private set; }

    /// <summary>The provider's reference of the refund, if any.</summary>
    public string? ProviderReference { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTime RefundedAtUtc { get; private set; }
}
