using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Domain;

namespace FitSaaS.Billing.Platform;

/// <summary>
/// A gym's platform subscription: its Stripe Customer on the platform account (created once), its current Stripe
/// Subscription and the state last read from Stripe, which <see cref="PlatformBillingManager"/> turns into the gym's
/// edition and edition end date (<see cref="PlatformEditionRule"/>). Host-owned; one per tenant.
/// </summary>
[Audited]
public sealed class TenantSubscription : AuditedAggregateRoot<Guid>, IHostEntity
{
    private TenantSubscription()
    {
        StripeCustomerId = null!;
    }

    internal TenantSubscription(Guid id, Guid tenantId, string stripeCustomerId)
        : base(id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stripeCustomerId);
        TenantId = tenantId;
        StripeCustomerId = stripeCustomerId;
        Status = TenantSubscriptionStatus.Incomplete;
    }

    /// <summary>The gym.</summary>
    public Guid TenantId { get; private set; }

    /// <summary>The gym's Customer on the platform's Stripe account (<c>cus_…</c>).</summary>
    public string StripeCustomerId { get; private set; }

    /// <summary>The current Stripe Subscription (<c>sub_…</c>); null before the first.</summary>
    public string? StripeSubscriptionId { get; private set; }

    /// <summary>How many subscriptions the gym started (part of their idempotency keys).</summary>
    public int SubscriptionCount { get; private set; }

    /// <summary>The subscribed edition; null before the first subscription.</summary>
    public Guid? EditionId { get; private set; }

    /// <summary>Monthly or yearly.</summary>
    public PlatformBillingInterval Interval { get; private set; }

    /// <summary>The status Stripe last reported.</summary>
    public TenantSubscriptionStatus Status { get; private set; }

    /// <summary>The end of the period Stripe bills (UTC): paid until then while active.</summary>
    public DateTime? CurrentPeriodEndUtc { get; private set; }

    /// <summary>The gym cancelled: the subscription ends with the current period.</summary>
    public bool CancelAtPeriodEnd { get; private set; }

    /// <summary>When the edition ends after a failed payment (UTC); null outside dunning.</summary>
    public DateTime? GraceUntilUtc { get; private set; }

    /// <summary>When a platform payment last failed (UTC).</summary>
    public DateTime? LastPaymentFailedAtUtc { get; private set; }

    /// <summary>Stripe's message of the last failed payment.</summary>
    public string? LastPaymentFailure { get; private set; }

    /// <summary>When Stripe's state was last read (UTC).</summary>
    public DateTime? SyncedAtUtc { get; private set; }

    /// <summary>Whether the subscription is live at Stripe (paid, in trial, in dunning, or awaiting its first payment).</summary>
    public bool IsLive => StripeSubscriptionId is not null && Status is TenantSubscriptionStatus.Active or TenantSubscriptionStatus.Trialing
        or TenantSubscriptionStatus.PastDue or TenantSubscriptionStatus.Incomplete or TenantSubscriptionStatus.Unpaid or TenantSubscriptionStatus.Paused;

    internal void Start(string stripeSubscriptionId, Guid editionId, PlatformBillingInterval interval)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stripeSubscriptionId);
        StripeSubscriptionId = stripeSubscriptionId;
        SubscriptionCount++;
        EditionId = editionId;
        Interval = interval;
        Status = TenantSubscriptionStatus.Incomplete;
        CurrentPeriodEndUtc = null;
        CancelAtPeriodEnd = false;
        GraceUntilUtc = null;
        LastPaymentFailedAtUtc = null;
        LastPaymentFailure = null;
    }

    /// <summary>Records a failed payment (Stripe's <c>invoice.payment_failed</c>); the grace starts once Stripe reports the subscription past due.</summary>
    internal void RecordPaymentFailure(DateTime failedAtUtc, string? message)
    {
        if (LastPaymentFailedAtUtc is null || failedAtUtc > LastPaymentFailedAtUtc)
        {
            LastPaymentFailedAtUtc = DateTime.SpecifyKind(failedAtUtc, DateTimeKind.Utc);
            LastPaymentFailure = message is { Length: > PlatformBillingConsts.MaxFailureMessageLength } ? message[..PlatformBillingConsts.MaxFailureMessageLength] : message;
        }
    }

    /// <summary>
    /// Takes the subscription's state as Stripe reports it now. Paid (active, trialing) ends a dunning; past due, unpaid or
    /// paused starts one when none runs: the grace ends <paramref name="graceDays"/> after the first failure (now when
    /// no failure was seen).
    /// </summary>
    internal void UpdateState(TenantSubscriptionStatus status, DateTime? currentPeriodEndUtc, bool cancelAtPeriodEnd, DateTime now, int graceDays)
    {
        Status = status;
        CurrentPeriodEndUtc = currentPeriodEndUtc is { } end ? DateTime.SpecifyKind(end, DateTimeKind.Utc) : null;
        CancelAtPeriodEnd = cancelAtPeriodEnd;
        SyncedAtUtc = now;
        switch (status)
        {
            case TenantSubscriptionStatus.Active or TenantSubscriptionStatus.Trialing:
                GraceUntilUtc = null;
                break;
            case TenantSubscriptionStatus.PastDue or TenantSubscriptionStatus.Unpaid or TenantSubscriptionStatus.Paused when GraceUntilUtc is null:
                GraceUntilUtc = PlatformEditionRule.GraceEnd(LastPaymentFailedAtUtc ?? now, graceDays);
                break;
        }
    }
}
