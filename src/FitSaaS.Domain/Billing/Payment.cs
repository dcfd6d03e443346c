using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Billing;

/// <summary>
/// Money received for an invoice through a payment provider (<see cref="IPaymentProvider"/>; the manual one records cash,
/// a card terminal or a bank transfer). Partial payments are several payments of one invoice; refunds are
/// <see cref="PaymentRefund"/>s, each with a credit note. Audited with its entity history. Never deleted.
/// </summary>
[Audited]
public sealed class Payment : CreationAuditedAggregateRoot<Guid>, IMultiTenant
{
    private readonly List<PaymentRefund> _refunds = [];

    private Payment()
    {
        Provider = null!;
        Currency = null!;
    }

    /// <summary>Records a payment received.</summary>
    public Payment(Guid id, Guid? tenantId, Invoice invoice, string provider, PaymentMethod method, long amount, string? reference, string? providerReference, DateTime receivedAtUtc)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        TenantId = tenantId;
        InvoiceId = invoice.Id;
        MemberId = invoice.MemberId;
        Provider = provider;
        Method = method;
        Amount = BillingMath.EnsureAmount(amount, "amount", allowZero: false);
        Currency = invoice.Currency;
        Reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        ProviderReference = providerReference;
        ReceivedAtUtc = receivedAtUtc;
        Status = PaymentStatus.Succeeded;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The invoice paid.</summary>
    public Guid InvoiceId { get; private set; }

    /// <summary>The member.</summary>
    public Guid MemberId { get; private set; }

    /// <summary>The provider's name (<c>manual</c>).</summary>
    public string Provider { get; private set; }

    /// <summary>How it was paid.</summary>
    public PaymentMethod Method { get; private set; }

    /// <summary>Amount in minor units of <see cref="Currency"/>.</summary>
    public long Amount { get; private set; }

    /// <summary>ISO 4217 code.</summary>
    public string Currency { get; private set; }

    /// <summary>Staff's reference (the terminal slip, the transfer's reference).</summary>
    public string? Reference { get; private set; }

    /// <summary>The provider's reference (a charge id), if any.</summary>
    public string? ProviderReference { get; private set; }

    /// <summary>When it was received (UTC).</summary>
    public DateTime ReceivedAtUtc { get; private set; }

    /// <summary>Where it stands.</summary>
    public PaymentStatus Status { get; private set; }

    /// <summary>Refunded so far.</summary>
    public long AmountRefunded { get; private set; }

    /// <summary>Its refunds.</summary>
    public IReadOnlyList<PaymentRefund> Refunds => _refunds;

    /// <summary>Whether a refund with the provider's reference <paramref name="providerReference"/> (a Stripe <c>re_…</c>) is recorded.</summary>
    public bool HasRefund(string providerReference) =>
        _refunds.Exists(r => string.Equals(r.ProviderReference, providerReference, StringComparison.Ordinal));

    /// <summary>Records a refund of <paramref name="amount"/> (documented by <paramref name="creditNoteId"/>).</summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.RefundExceedsPayment"/>, <see cref="BillingErrorCodes.InvalidAmount"/>.</exception>
    public PaymentRefund Refund(Guid refundId, long amount, string reason, Guid creditNoteId, string? providerReference, DateTime now)
    {
        BillingMath.EnsureAmount(amount, "amount", allowZero: false);
        if (amount > Amount - AmountRefunded)
        {
            throw new BusinessException(BillingErrorCodes.RefundExceedsPayment, "The refund is larger than what is left of the payment.")
                .WithData("refundable", Amount - AmountRefunded);
        }

        var refund = new PaymentRefund(refundId, TenantId, Id, amount, reason, creditNoteId, providerReference, now);
        _refunds.Add(refund);
        AmountRefunded += amount;
        Status = AmountRefunded == Amount ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded;
        return refund;
    }
}
