namespace FitSaaS.Billing;

/// <summary>A membership (a member's purchase of a plan). Money in minor units of <see cref="Currency"/>; dates are local dates of <see cref="TimeZoneId"/>.</summary>
public sealed class MembershipDto
{
    /// <summary>Id.</summary>
    public Guid Id { get; init; }

    /// <summary>The member (a user id).</summary>
    public Guid MemberId { get; init; }

    /// <summary>The plan.</summary>
    public Guid PlanId { get; init; }

    /// <summary>The plan's kind.</summary>
    public PlanKind Kind { get; init; }

    /// <summary>Where it stands.</summary>
    public MembershipStatus Status { get; init; }

    /// <summary>Price per period (or of the pack), as sold.</summary>
    public long Price { get; init; }

    /// <summary>ISO 4217 code.</summary>
    public string Currency { get; init; } = "";

    /// <summary>Recurring: the period's unit.</summary>
    public BillingInterval? Interval { get; init; }

    /// <summary>Recurring: intervals per period.</summary>
    public int? IntervalCount { get; init; }

    /// <summary>Recurring: sessions per period; null = unlimited.</summary>
    public int? Allowance { get; init; }

    /// <summary>IANA zone of its dates.</summary>
    public string TimeZoneId { get; init; } = "";

    /// <summary>First day.</summary>
    public DateOnly StartDate { get; init; }

    /// <summary>Periods billed.</summary>
    public int PeriodNumber { get; init; }

    /// <summary>Recurring: first day of the current period.</summary>
    public DateOnly? CurrentPeriodStart { get; init; }

    /// <summary>Recurring: its renewal date (the day after the current period).</summary>
    public DateOnly? CurrentPeriodEnd { get; init; }

    /// <summary>Earliest date a cancellation can take effect.</summary>
    public DateOnly? MinimumTermEndDate { get; init; }

    /// <summary>When it became active (UTC).</summary>
    public DateTime? ActivatedAtUtc { get; init; }

    /// <summary>Since when an invoice is overdue (UTC).</summary>
    public DateTime? PastDueSinceUtc { get; init; }

    /// <summary>The first day it no longer runs, once notice is served.</summary>
    public DateOnly? CancelEffectiveDate { get; init; }

    /// <summary>Why it was cancelled.</summary>
    public string? CancellationReason { get; init; }

    /// <summary>When it ended (UTC).</summary>
    public DateTime? EndedAtUtc { get; init; }

    /// <summary>A downgrade waiting for the period's end: the plan the next period is billed with.</summary>
    public Guid? ScheduledPlanId { get; init; }

    /// <summary>Its freezes.</summary>
    public IReadOnlyList<MembershipFreezeDto> Freezes { get; init; } = [];

    /// <summary>Concurrency stamp.</summary>
    public string ConcurrencyStamp { get; init; } = "";
}
