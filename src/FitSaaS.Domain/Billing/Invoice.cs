using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Billing;

/// <summary>
/// A bill to a member (Stripe's invoice model): lines with their tax, totals in minor units of one currency, and a status —
/// <c>Draft</c> (editable, no number) → <c>Open</c> (finalized: numbered gap-free per tenant, due) → <c>Paid</c> (payments
/// reached the total) | <c>Void</c> (nothing due; the number stays used) | <c>Uncollectible</c> (written off; a later
/// payment still settles it). Payments are applied by <see cref="PaymentManager"/>; refunds are credit notes. Never deleted.
/// </summary>
[Audited]
public sealed class Invoice : CreationAuditedAggregateRoot<Guid>, IMultiTenant
{
    private readonly List<InvoiceLine> _lines = [];

    private Invoice()
    {
        Currency = null!;
    }

    /// <summary>Creates a draft.</summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.UnknownCurrency"/>.</exception>
    public Invoice(Guid id, Guid? tenantId, Guid memberId, Guid? membershipId, string currency, string? sourceKey)
        : base(id)
    {
        Iso4217.GetMinorUnits(currency);
        TenantId = tenantId;
        MemberId = memberId;
        MembershipId = membershipId;
        Currency = currency;
        SourceKey = sourceKey;
        Status = InvoiceStatus.Draft;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The member billed.</summary>
    public Guid MemberId { get; private set; }

    /// <summary>The membership it bills, if any.</summary>
    public Guid? MembershipId { get; private set; }

    /// <summary>Its number once finalized (<c>INV-000042</c>); null while a draft.</summary>
    public string? Number { get; private set; }

    /// <summary>Its place in the tenant's invoice sequence (1, 2, 3… with no gaps); null while a draft.</summary>
    public long? SequenceNumber { get; private set; }

    /// <summary>Where it stands.</summary>
    public InvoiceStatus Status { get; private set; }

    /// <summary>ISO 4217 code.</summary>
    public string Currency { get; private set; }

    /// <summary>What made it (<c>membership:{id}:period:{n}</c>, <c>booking:{id}:penalty</c>); unique per tenant, so a replay issues nothing twice.</summary>
    public string? SourceKey { get; private set; }

    /// <summary>Its lines.</summary>
    public IReadOnlyList<InvoiceLine> Lines => _lines;

    /// <summary>Σ net of the lines.</summary>
    public long Subtotal { get; private set; }

    /// <summary>Σ tax of the lines.</summary>
    public long Tax { get; private set; }

    /// <summary>Subtotal + tax: what the member owes.</summary>
    public long Total { get; private set; }

    /// <summary>Payments applied so far.</summary>
    public long AmountPaid { get; private set; }

    /// <summary>Refunded through credit notes.</summary>
    public long AmountCredited { get; private set; }

    /// <summary>What is still owed while open or uncollectible; 0 otherwise.</summary>
    public long AmountDue => Status is InvoiceStatus.Open or InvoiceStatus.Uncollectible ? Total - AmountPaid : 0;

    /// <summary>When it was finalized (UTC).</summary>
    public DateTime? IssuedAtUtc { get; private set; }

    /// <summary>When it is due (UTC).</summary>
    public DateTime? DueAtUtc { get; private set; }

    /// <summary>When it was paid in full (UTC).</summary>
    public DateTime? PaidAtUtc { get; private set; }

    /// <summary>When it was voided or written off (UTC).</summary>
    public DateTime? ClosedAtUtc { get; private set; }

    /// <summary>Why it was voided or written off.</summary>
    public string? ClosedReason { get; private set; }

    /// <summary>Adds a line to a draft.</summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.InvalidInvoiceStatus"/>, <see cref="BillingErrorCodes.InvalidAmount"/>, <see cref="BillingErrorCodes.InvalidTaxRate"/>.</exception>
    public InvoiceLine AddLine(Guid lineId, InvoiceLineDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        EnsureStatus("add a line", InvoiceStatus.Draft);
        ArgumentException.ThrowIfNullOrWhiteSpace(draft.Description);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(draft.Description.Length, InvoiceConsts.MaxLineDescriptionLength, nameof(draft));
        ArgumentOutOfRangeException.ThrowIfLessThan(draft.Quantity, 1, nameof(draft));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(draft.Quantity, PlanConsts.MaxCredits, nameof(draft));
        BillingMath.EnsureAmount(draft.UnitAmount == long.MinValue ? -1 : Math.Abs(draft.UnitAmount), "unitAmount");
        var line = new InvoiceLine(lineId, TenantId, Id, draft);
        _lines.Add(line);
        Subtotal += line.Net;
        Tax += line.Tax;
        Total += line.Total;
        return line;
    }

    /// <summary>
    /// Finalizes the draft: its number, issue and due dates; <c>Open</c>, or <c>Paid</c> at once when its total is 0 (a free
    /// plan). The number comes from the tenant's gap-free sequence (<see cref="IBillingSequenceRepository"/>) in the same transaction.
    /// </summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.InvalidInvoiceStatus"/>; <see cref="BillingErrorCodes.InvalidAmount"/> for a negative total.</exception>
    public void FinalizeInvoice(long sequenceNumber, string number, DateTime now, DateTime dueAtUtc)
    {
        EnsureStatus("finalize", InvoiceStatus.Draft);
        BillingMath.EnsureAmount(Total, "total");
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        SequenceNumber = sequenceNumber;
        Number = number;
        IssuedAtUtc = now;
        DueAtUtc = dueAtUtc;
        Status = InvoiceStatus.Open;
        if (Total == 0)
        {
            MarkPaid(now);
        }
    }

    /// <summary>Applies a payment (the payment manager checks the amount); <c>Paid</c> once the total is reached.</summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.InvalidInvoiceStatus"/>, <see cref="BillingErrorCodes.OverPayment"/>.</exception>
    public void ApplyPayment(long amount, DateTime now)
    {
        EnsureStatus("take a payment", InvoiceStatus.Open, InvoiceStatus.Uncollectible);
        BillingMath.EnsureAmount(amount, "amount", allowZero: false);
        if (amount > AmountDue)
        {
            throw new BusinessException(BillingErrorCodes.OverPayment, "The payment is larger than what is due on the invoice.").WithData("amountDue", AmountDue);
        }

        AmountPaid += amount;
        if (AmountPaid == Total)
        {
            MarkPaid(now);
        }
    }

    /// <summary>Records a credit note against it (a refund).</summary>
    public void ApplyCredit(long amount)
    {
        BillingMath.EnsureAmount(amount, "amount", allowZero: false);
        AmountCredited += amount;
    }

    /// <summary>Voids it: nothing is due. Only an open invoice nobody paid anything on.</summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.InvalidInvoiceStatus"/>, <see cref="BillingErrorCodes.ReasonRequired"/>.</exception>
    public void Void(string reason, DateTime now)
    {
        EnsureStatus("void", InvoiceStatus.Open);
        if (AmountPaid > 0)
        {
            throw new BusinessException(BillingErrorCodes.InvalidInvoiceStatus, "An invoice with payments cannot be voided: refund them first.")
                .WithData("status", Status.ToString())
                .WithData("operation", "void");
        }

        Close(InvoiceStatus.Void, reason, now);
    }

    /// <summary>Writes it off as uncollectible (Arbox's "open debts": staff settle or write off).</summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.InvalidInvoiceStatus"/>, <see cref="BillingErrorCodes.ReasonRequired"/>.</exception>
    public void MarkUncollectible(string reason, DateTime now)
    {
        EnsureStatus("write off", InvoiceStatus.Open);
        Close(InvoiceStatus.Uncollectible, reason, now);
    }

    /// <summary>Whether it is overdue at <paramref name="now"/>: open with something due after its due date.</summary>
    public bool IsOverdue(DateTime now) => Status == InvoiceStatus.Open && DueAtUtc < now && AmountDue > 0;

    private void Close(InvoiceStatus status, string reason, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessException(BillingErrorCodes.ReasonRequired, "Give a reason.");
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThan(reason.Trim().Length, InvoiceConsts.MaxReasonLength, nameof(reason));
        Status = status;
        ClosedAtUtc = now;
        ClosedReason = reason.Trim();
    }

    private void MarkPaid(DateTime now)
    {
        Status = InvoiceStatus.Paid;
        PaidAtUtc = now;
        AddLocalEvent(new InvoicePaidEvent(Id, MemberId, MembershipId, now));
    }

    private void EnsureStatus(string operation, params InvoiceStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new BusinessException(BillingErrorCodes.InvalidInvoiceStatus, $"The invoice is {Status}: it cannot {operation}.")
                .WithData("status", Status.ToString())
                .WithData("operation", operation);
        }
    }
}
