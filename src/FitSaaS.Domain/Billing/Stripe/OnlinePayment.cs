using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Billing.Stripe;

/// <summary>
/// One attempt to collect an invoice online: a Stripe PaymentIntent on the gym's connected account. It is recorded with its
/// idempotency key (<see cref="IdempotencyKey"/>, e.g. <c>invoice:{id}:{attempt}</c>) <b>before</b> Stripe is called, so a
/// timeout, a crash or a second instance resumes it with the same key and Stripe charges once (DOMAIN.md §3.4). Its
/// status follows the PaymentIntent's as Stripe reports it (the API's answer, a webhook, a refresh); once succeeded, the
/// invoice's <see cref="Payment"/> is recorded exactly once (<see cref="PaymentId"/>).
/// </summary>
[Audited]
public sealed class OnlinePayment : CreationAuditedAggregateRoot<Guid>, IMultiTenant
{
    /// <summary>Longest idempotency key (Stripe's limit).</summary>
    public const int MaxKeyLength = 255;

    private OnlinePayment()
    {
        AccountId = null!;
        Currency = null!;
        IdempotencyKey = null!;
    }

    /// <summary>Starts attempt <paramref name="attempt"/> to collect <paramref name="amount"/> of the invoice.</summary>
    public OnlinePayment(Guid id, Guid? tenantId, Guid invoiceId, Guid memberId, string accountId, long amount, string currency, int attempt, bool offSession, DateTime startedAtUtc)
        : base(id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        TenantId = tenantId;
        InvoiceId = invoiceId;
        MemberId = memberId;
        AccountId = accountId;
        Amount = BillingMath.EnsureAmount(amount, "amount", allowZero: false);
        Currency = currency;
        Attempt = attempt;
        OffSession = offSession;
        IdempotencyKey = KeyOf(invoiceId, attempt);
        StartedAtUtc = startedAtUtc;
        Status = OnlinePaymentStatus.Started;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The invoice collected.</summary>
    public Guid InvoiceId { get; private set; }

    /// <summary>The member paying.</summary>
    public Guid MemberId { get; private set; }

    /// <summary>The connected account charged (<c>acct_…</c>).</summary>
    public string AccountId { get; private set; }

    /// <summary>Minor units of <see cref="Currency"/>.</summary>
    public long Amount { get; private set; }

    /// <summary>ISO 4217 code.</summary>
    public string Currency { get; private set; }

    /// <summary>The attempt's number for the invoice, from 1 (dunning retries are new attempts).</summary>
    public int Attempt { get; private set; }

    /// <summary>Charged without the member present (a renewal); on-session otherwise.</summary>
    public bool OffSession { get; private set; }

    /// <summary>The Idempotency-Key every Stripe call of this attempt sends.</summary>
    public string IdempotencyKey { get; private set; }

    /// <summary>Stripe's PaymentIntent (<c>pi_…</c>), once Stripe answered.</summary>
    public string? PaymentIntentId { get; private set; }

    /// <summary>Where it stands.</summary>
    public OnlinePaymentStatus Status { get; private set; }

    /// <summary>Stripe's error code of the last failure (<c>card_declined</c>, <c>authentication_required</c>).</summary>
    public string? FailureCode { get; private set; }

    /// <summary>The issuer's decline code (<c>insufficient_funds</c>, <c>lost_card</c>).</summary>
    public string? DeclineCode { get; private set; }

    /// <summary>Hard or soft, for dunning.</summary>
    public DeclineKind DeclineKind { get; private set; }

    /// <summary>The pending booking (a held seat) this payment confirms when it succeeds (pay-to-book); null otherwise.</summary>
    public Guid? BookingId { get; private set; }

    /// <summary>The invoice's payment recorded when it succeeded.</summary>
    public Guid? PaymentId { get; private set; }

    /// <summary>When it was started (UTC).</summary>
    public DateTime StartedAtUtc { get; private set; }

    /// <summary>When it reached its last status (UTC).</summary>
    public DateTime? CompletedAtUtc { get; private set; }

    /// <summary>The idempotency key of attempt <paramref name="attempt"/> of an invoice.</summary>
    public static string KeyOf(Guid invoiceId, int attempt) => $"invoice:{invoiceId:N}:{attempt}";

    /// <summary>Takes the PaymentIntent's state. A succeeded or cancelled attempt does not go back.</summary>
    public void Track(string paymentIntentId, OnlinePaymentStatus status, string? failureCode, string? declineCode, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(paymentIntentId);
        PaymentIntentId ??= paymentIntentId;
        if (Status is OnlinePaymentStatus.Succeeded or OnlinePaymentStatus.Canceled || status == OnlinePaymentStatus.Started)
        {
            return;
        }

        Status = status;
        if (status == OnlinePaymentStatus.Failed)
        {
            FailureCode = failureCode;
            DeclineCode = declineCode;
            DeclineKind = StripeDeclines.Classify(failureCode, declineCode);
        }

        CompletedAtUtc = status is OnlinePaymentStatus.Succeeded or OnlinePaymentStatus.Failed or OnlinePaymentStatus.Canceled ? now : null;
    }

    /// <summary>Records a failure Stripe answered without a PaymentIntent (the card refused before one existed).</summary>
    public void Fail(string? failureCode, string? declineCode, DateTime now)
    {
        if (Status is OnlinePaymentStatus.Succeeded or OnlinePaymentStatus.Canceled)
        {
            return;
        }

        Status = OnlinePaymentStatus.Failed;
        FailureCode = failureCode;
        DeclineCode = declineCode;
        DeclineKind = StripeDeclines.Classify(failureCode, declineCode);
        CompletedAtUtc = now;
    }

    /// <summary>Makes the payment confirm the held seat <paramref name="bookingId"/> when it succeeds.</summary>
    public void ForBooking(Guid bookingId) => BookingId = bookingId;

    /// <summary>Links the invoice's payment recorded for it.</summary>
    public void LinkPayment(Guid paymentId) => PaymentId ??= paymentId;
}
