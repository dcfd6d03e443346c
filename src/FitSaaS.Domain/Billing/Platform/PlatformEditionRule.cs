namespace FitSaaS.Billing.Platform;

/// <summary>
/// The state rule of platform billing: from a subscription's status (as Stripe reports it now), its current period end,
/// its grace end and now, the edition the gym has and until when. Pure: no clock, no Stripe, no database.
/// <list type="bullet">
/// <item>active / trialing: the subscribed edition until the period end plus a buffer (no buffer when it is cancelled at period end);</item>
/// <item>past_due / unpaid / paused: the subscribed edition until the grace end (the first failure plus the grace days);</item>
/// <item>canceled: until the period end, or the grace end when it was in dunning and that is earlier;</item>
/// <item>incomplete / incomplete_expired: unchanged (the first payment never granted anything);</item>
/// </list>
/// and the fallback edition whenever that end is not after now.
/// </summary>
public static class PlatformEditionRule
{
    /// <summary>The edition access a subscription's state gives.</summary>
    /// <param name="status">The subscription's status.</param>
    /// <param name="currentPeriodEndUtc">The end of the period Stripe bills (paid when active); null when unknown.</param>
    /// <param name="graceUntilUtc">The grace end when a payment failed; null outside dunning.</param>
    /// <param name="cancelAtPeriodEnd">The gym cancelled: no renewal follows the period.</param>
    /// <param name="now">Now (UTC).</param>
    /// <param name="paidUntilBuffer">Time added to a paid period's end.</param>
    public static PlatformEditionAccess Decide(
        TenantSubscriptionStatus status, DateTime? currentPeriodEndUtc, DateTime? graceUntilUtc, bool cancelAtPeriodEnd, DateTime now, TimeSpan paidUntilBuffer) =>
        status switch
        {
            TenantSubscriptionStatus.Active or TenantSubscriptionStatus.Trialing => currentPeriodEndUtc is { } end
                ? PlatformEditionAccess.Until(cancelAtPeriodEnd ? end : end + paidUntilBuffer, now)
                : PlatformEditionAccess.Unchanged,
            TenantSubscriptionStatus.PastDue or TenantSubscriptionStatus.Unpaid or TenantSubscriptionStatus.Paused =>
                PlatformEditionAccess.Until(graceUntilUtc ?? now, now),
            TenantSubscriptionStatus.Canceled => (currentPeriodEndUtc, graceUntilUtc) switch
            {
                ({ } end, { } grace) => PlatformEditionAccess.Until(end < grace ? end : grace, now),
                ({ } end, null) => PlatformEditionAccess.Until(end, now),
                (null, { } grace) => PlatformEditionAccess.Until(grace, now),
                _ => PlatformEditionAccess.Fallback,
            },
            _ => PlatformEditionAccess.Unchanged,
        };

    /// <summary>The grace end of a dunning that started with a failure at <paramref name="firstFailureUtc"/>.</summary>
    public static DateTime GraceEnd(DateTime firstFailureUtc, int graceDays) => DateTime.SpecifyKind(firstFailureUtc.AddDays(graceDays), DateTimeKind.Utc);

    /// <summary>Stripe's status name (<c>past_due</c>) as a <see cref="TenantSubscriptionStatus"/>; null for a name it does not know.</summary>
    public static TenantSubscriptionStatus? ParseStatus(string? stripeStatus) => stripeStatus switch
    {
        "incomplete" => TenantSubscriptionStatus.Incomplete,
        "incomplete_expired" => TenantSubscriptionStatus.IncompleteExpired,
        "trialing" => TenantSubscriptionStatus.Trialing,
        "active" => TenantSubscriptionStatus.Active,
        "past_due" => TenantSubscriptionStatus.PastDue,
        "canceled" => TenantSubscriptionStatus.Canceled,
        "unpaid" => TenantSubscriptionStatus.Unpaid,
        "paused" => TenantSubscriptionStatus.Paused,
        _ => null,
    };
}
