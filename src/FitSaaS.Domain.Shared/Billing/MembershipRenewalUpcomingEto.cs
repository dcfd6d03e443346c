using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Billing;

/// <summary>
/// Distributed event <c>Billing.MembershipRenewalUpcoming.v1</c>: a recurring membership renews soon — its next period
/// starts on <see cref="RenewsOn"/> and is billed then (DOMAIN.md §2.14, §3 "reminders before a charge"). Published by the
/// membership lifecycle job <see cref="BillingSettingNames.RenewalReminderDays"/> days before (default 3), at most once per
/// membership and period (the membership records the period end it was reminded of, under its lock), in the transaction
/// that records it. Not published for a free renewal, a membership whose cancellation takes effect by then, or one that
/// has ended. Messaging sends the member a <c>RenewalReminder</c>. Carries no Stripe ids or card data.
/// </summary>
[EventName("Billing.MembershipRenewalUpcoming.v1")]
public sealed class MembershipRenewalUpcomingEto
{
    /// <summary>The membership.</summary>
    public Guid MembershipId { get; init; }

    /// <summary>The member.</summary>
    public Guid MemberUserId { get; init; }

    /// <summary>The plan the next period is billed at (a downgrade scheduled for the renewal included).</summary>
    public Guid PlanId { get; init; }

    /// <summary>That plan's name.</summary>
    public string PlanName { get; init; } = "";

    /// <summary>The next period's first day (the current period's end, exclusive) in the membership's zone: the renewal invoice's date.</summary>
    public DateOnly RenewsOn { get; init; }

    /// <summary>The membership's IANA time zone (<see cref="RenewsOn"/> is a date in it).</summary>
    public string TimeZoneId { get; init; } = "";

    /// <summary>The renewal's total, tax included, in minor units of <see cref="Currency"/>.</summary>
    public long Amount { get; init; }

    /// <summary>ISO 4217 code.</summary>
    public string Currency { get; init; } = "";

    /// <summary>
    /// Whether the renewal will be charged to the member's saved default card off-session (the gym takes online payments
    /// and the member has a default card on its Stripe account); false when the member pays the invoice otherwise.
    /// </summary>
    public bool ChargedToSavedCard { get; init; }

    /// <summary>When the reminder was published (UTC).</summary>
    public DateTime OccurredAtUtc { get; init; }
}
