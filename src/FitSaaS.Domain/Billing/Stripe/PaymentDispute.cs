using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Billing.Stripe;

/// <summary>
/// A cardholder's dispute (chargeback) of an online payment, mirrored from Stripe (<c>charge.dispute.*</c> events) so staff
/// see it and its evidence deadline. Stripe is the source of truth: its status is taken as Stripe reports it.
/// </summary>
[Audited]
public sealed class PaymentDispute : CreationAuditedAggregateRoot<Guid>, IMultiTenant
{
    private PaymentDispute()
    {
        DisputeId = null!;
        Currency = null!;
        Reason = null!;
        Status = null!;
    }

    /// <summary>Records Stripe's dispute <paramref name="disputeId"/> (<c>dp_…</c>).</summary>
    public PaymentDispute(Guid id, Guid? tenantId, string disputeId, string? paymentIntentId, string currency, DateTime openedAtUtc)
        : base(id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(disputeId);
        TenantId = tenantId;
        DisputeId = disputeId;
        PaymentIntentId = paymentIntentId;
        Currency = currency;
        OpenedAtUtc = openedAtUtc;
        Reason = "general";
        Status = "needs_response";
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>Stripe's id (<c>dp_…</c>).</summary>
    public string DisputeId { get; private set; }

    /// <summary>The disputed PaymentIntent (<c>pi_…</c>).</summary>
    public string? PaymentIntentId { get; private set; }

    /// <summary>The disputed payment, when FitSaaS recorded it.</summary>
    public Guid? PaymentId { get; private set; }

    /// <summary>Its invoice.</summary>
    public Guid? InvoiceId { get; private set; }

    /// <summary>Its member.</summary>
    public Guid? MemberId { get; private set; }

    /// <summary>Disputed amount, minor units of <see cref="Currency"/>.</summary>
    public long Amount { get; private set; }

    /// <summary>ISO 4217 code (upper case).</summary>
    public string Currency { get; private set; }

    /// <summary>Stripe's reason (<c>fraudulent</c>, <c>product_not_received</c>, <c>duplicate</c>…).</summary>
    public string Reason { get; private set; }

    /// <summary>Stripe's status (<c>warning_needs_response</c>, <c>needs_response</c>, <c>under_review</c>, <c>won</c>, <c>lost</c>…).</summary>
    public string Status { get; private set; }

    /// <summary>When evidence is due at Stripe (UTC).</summary>
    public DateTime? EvidenceDueByUtc { get; private set; }

    /// <summary>When it was opened (UTC).</summary>
    public DateTime OpenedAtUtc { get; private set; }

    /// <summary>When it was decided (won or lost; UTC).</summary>
    public DateTime? ClosedAtUtc { get; private set; }

    /// <summary>Links the payment it disputes.</summary>
    public void LinkPayment(Payment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        PaymentId = payment.Id;
        InvoiceId = payment.InvoiceId;
        MemberId = payment.MemberId;
    }

    /// <summary>Takes Stripe's current state.</summary>
    public void Update(long amount, string reason, string status, DateTime? evidenceDueByUtc, DateTime now)
    {
        Amount = amount;
        Reason = string.IsNullOrWhiteSpace(reason) ? "general" : reason;
        Status = string.IsNullOrWhiteSpace(status) ? Status : status;
        EvidenceDueByUtc = evidenceDueByUtc;
        ClosedAtUtc = Status is "won" or "lost" ? ClosedAtUtc ?? now : null;
    }
}
