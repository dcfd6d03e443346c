using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Billing;

/// <summary>
/// A member's purchase of a plan (FitKit's Subscriptions): a recurring membership billed every period, or a class pack,
/// drop-in or course bought once. It copies the plan's price and terms at the sale. Lifecycle (DOMAIN.md §2.14,
/// <see cref="MembershipStatus"/>): <c>Pending</c> until its first invoice is paid, then <c>Active</c>; an invoice unpaid
/// after its due date makes it <c>PastDue</c>, and <c>Debt</c> after the grace period (booking refused) until paid;
/// <c>Frozen</c> while a freeze is in force; <c>Cancelled</c> at the effective date of a cancellation, <c>Expired</c> at the
/// end of its term. Dates of the billing calendar are local dates in <see cref="TimeZoneId"/> (the tenant's zone at the
/// sale): a monthly membership started on 31 January renews on 28 (29) February, 31 March, 30 April… — period n ends at
/// <c>anchor + n × interval</c>, so months never drift. Every transition raises <see cref="MembershipStatusChangedEvent"/>.
/// </summary>
[Audited]
public sealed class Membership : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private readonly List<MembershipFreeze> _freezes = [];

    private Membership()
    {
        Currency = null!;
        TimeZoneId = null!;
    }

    /// <summary>Sells <paramref name="plan"/> to the member: a pending membership starting on <paramref name="startDate"/>.</summary>
    public Membership(Guid id, Guid? tenantId, Guid memberId, Plan plan, DateOnly startDate, string timeZoneId, DateTime now)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentException.ThrowIfNullOrWhiteSpace(timeZoneId);
        TenantId = tenantId;
        MemberId = memberId;
        PlanId = plan.Id;
        Kind = plan.Kind;
        Price = plan.Price;
        Currency = plan.Currency;
        TaxRatePercent = plan.TaxRatePercent;
        TaxMode = plan.TaxMode;
        Interval = plan.Interval;
        IntervalCount = plan.IntervalCount;
        Allowance = plan.Allowance;
        TimeZoneId = timeZoneId;
        StartDate = startDate;
        BillingAnchorDate = startDate;
        MinimumTermEndDate = plan.MinimumTermMonths > 0 ? startDate.AddMonths(plan.MinimumTermMonths) : null;
        Status = MembershipStatus.Pending;
        AddLocalEvent(new MembershipStatusChangedEvent(id, memberId, PlanId, null, Status, now));
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The member (a user id of the tenant).</summary>
    public Guid MemberId { get; private set; }

    /// <summary>The plan sold.</summary>
    public Guid PlanId { get; private set; }

    /// <summary>The plan's kind.</summary>
    public PlanKind Kind { get; private set; }

    /// <summary>Where it stands.</summary>
    public MembershipStatus Status { get; private set; }

    /// <summary>Price per period (or of the pack) in minor units of <see cref="Currency"/>, as sold.</summary>
    public long Price { get; private set; }

    /// <summary>ISO 4217 code.</summary>
    public string Currency { get; private set; }

    /// <summary>Tax rate in percent, as sold.</summary>
    public decimal TaxRatePercent { get; private set; }

    /// <summary>Whether <see cref="Price"/> includes the tax.</summary>
    public TaxMode TaxMode { get; private set; }

    /// <summary>Recurring: the period's unit.</summary>
    public BillingInterval? Interval { get; private set; }

    /// <summary>Recurring: intervals per period.</summary>
    public int? IntervalCount { get; private set; }

    /// <summary>Recurring: sessions per period; null = unlimited.</summary>
    public int? Allowance { get; private set; }

    /// <summary>The IANA zone of its billing calendar.</summary>
    public string TimeZoneId { get; private set; }

    /// <summary>First day (local date).</summary>
    public DateOnly StartDate { get; private set; }

    /// <summary>The date period ends are counted from: <see cref="StartDate"/>, moved by every freeze's length.</summary>
    public DateOnly BillingAnchorDate { get; private set; }

    /// <summary>Periods billed so far (0 while pending; a pack has one).</summary>
    public int PeriodNumber { get; private set; }

    /// <summary>Recurring: first day of the current period.</summary>
    public DateOnly? CurrentPeriodStart { get; private set; }

    /// <summary>Recurring: the day after the current period (its renewal date).</summary>
    public DateOnly? CurrentPeriodEnd { get; private set; }

    /// <summary>Recurring: the earliest date a cancellation can take effect; null = no minimum term.</summary>
    public DateOnly? MinimumTermEndDate { get; private set; }

    /// <summary>When it became active (its first payment; UTC).</summary>
    public DateTime? ActivatedAtUtc { get; private set; }

    /// <summary>Since when an invoice is overdue (UTC), while past due or in debt.</summary>
    public DateTime? PastDueSinceUtc { get; private set; }

    /// <summary>When a cancellation was requested (UTC).</summary>
    public DateTime? CancellationRequestedAtUtc { get; private set; }

    /// <summary>The first day it no longer runs, once cancelled with notice (local date).</summary>
    public DateOnly? CancelEffectiveDate { get; private set; }

    /// <summary>Why it was cancelled.</summary>
    public string? CancellationReason { get; private set; }

    /// <summary>When it was cancelled or expired (UTC).</summary>
    public DateTime? EndedAtUtc { get; private set; }

    /// <summary>A downgrade waiting for the end of the current period: the plan the next period is billed with.</summary>
    public Guid? ScheduledPlanId { get; private set; }

    /// <summary>
    /// The period end (<see cref="CurrentPeriodEnd"/>) whose renewal the member was last reminded of
    /// (<c>Billing.MembershipRenewalUpcoming.v1</c>); null before the first reminder.
    /// </summary>
    public DateOnly? RenewalRemindedForPeriodEnd { get; private set; }

    /// <summary>Its freezes, oldest first.</summary>
    public IReadOnlyList<MembershipFreeze> Freezes => _freezes;

    /// <summary>A recurring membership (as opposed to a pack, drop-in or course).</summary>
    public bool IsRecurring => Kind == PlanKind.Membership;

    /// <summary>Running: active, past due, in debt or frozen.</summary>
    public bool IsLive => Status is MembershipStatus.Active or MembershipStatus.PastDue or MembershipStatus.Debt or MembershipStatus.Frozen;

    /// <summary>The source key of period <paramref name="period"/>'s invoice and grant (unique per tenant: replays do nothing).</summary>
    public string PeriodKey(int period) => $"membership:{Id:N}:period:{period}";

    /// <summary>Whether the member may use it for a session on <paramref name="sessionDate"/> (local date): live, not in debt, started, not ended by then, not frozen then.</summary>
    public bool AllowsSessionOn(DateOnly sessionDate) =>
        Status is MembershipStatus.Active or MembershipStatus.PastDue or MembershipStatus.Frozen
        && sessionDate >= StartDate
        && (CancelEffectiveDate is null || sessionDate < CancelEffectiveDate)
        && !IsFrozenOn(sessionDate);

    /// <summary>Whether a freeze covers <paramref name="date"/>.</summary>
    public bool IsFrozenOn(DateOnly date) => _freezes.Any(f => f.Contains(date));

    /// <summary>The day after period <paramref name="period"/> (1-based) of a recurring membership.</summary>
    public DateOnly PeriodEnd(int period)
    {
        var steps = period * (IntervalCount ?? 1);
        return Interval switch
        {
            BillingInterval.Week => BillingAnchorDate.AddDays(7 * steps),
            BillingInterval.Month => BillingAnchorDate.AddMonths(steps),
            BillingInterval.Year => BillingAnchorDate.AddYears(steps),
            _ => throw new InvalidOperationException("Only a recurring membership has periods."),
        };
    }

    /// <summary>
    /// Its first invoice was paid: <c>Pending</c> → <c>Active</c>; a recurring membership enters period 1, a pack its only
    /// one. Returns false, changing nothing, when it is active already (a replayed payment).
    /// </summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.InvalidMembershipStatus"/> when cancelled or expired.</exception>
    public bool Activate(DateTime now)
    {
        if (Status != MembershipStatus.Pending)
        {
            return IsLive ? false : throw InvalidStatus("activate");
        }

        ActivatedAtUtc = now;
        PeriodNumber = 1;
        if (IsRecurring)
        {
            CurrentPeriodStart = StartDate;
            CurrentPeriodEnd = PeriodEnd(1);
        }

        ChangeStatus(MembershipStatus.Active, now);
        return true;
    }

    /// <summary>Whether the renewal job bills its next period on <paramref name="today"/>: recurring, live, its period over and no cancellation effective by then.</summary>
    public bool IsRenewalDue(DateOnly today) =>
        RenewsAt(CurrentPeriodEnd) is { } end && end <= today;

    /// <summary>Enters the next period (the renewal job bills it and grants its allowance in the same transaction); returns its number.</summary>
    /// <exception cref="InvalidOperationException">Not due (<see cref="IsRenewalDue"/>).</exception>
    public int Renew(DateOnly today)
    {
        if (!IsRenewalDue(today))
        {
            throw new InvalidOperationException($"Membership {Id} is not due for renewal on {today:O}.");
        }

        PeriodNumber++;
        CurrentPeriodStart = CurrentPeriodEnd;
        CurrentPeriodEnd = PeriodEnd(PeriodNumber);
        return PeriodNumber;
    }

    /// <summary>
    /// Switches to <paramref name="plan"/> now (an upgrade, DOMAIN.md §2.13): its price, tax and allowance apply from today;
    /// a scheduled downgrade is dropped. The caller bills the prorated difference and grants the allowance.
    /// </summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.InvalidPlanChange"/>, <see cref="BillingErrorCodes.InvalidMembershipStatus"/>.</exception>
    public void ChangePlanNow(Plan plan)
    {
        EnsureCanChangeTo(plan);
        TakeTerms(plan);
        ScheduledPlanId = null;
    }

    /// <summary>Schedules <paramref name="plan"/> for the next period (a downgrade applies at period end, DOMAIN.md §2.13).</summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.InvalidPlanChange"/>, <see cref="BillingErrorCodes.InvalidMembershipStatus"/>.</exception>
    public void SchedulePlanChange(Plan plan)
    {
        EnsureCanChangeTo(plan);
        ScheduledPlanId = plan.Id;
    }

    /// <summary>At a renewal: the scheduled plan's terms replace the current ones (before the next period is billed).</summary>
    public void ApplyScheduledPlan(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (ScheduledPlanId != plan.Id)
        {
            throw new InvalidOperationException($"Plan {plan.Id} is not the one scheduled for membership {Id}.");
        }

        TakeTerms(plan);
        ScheduledPlanId = null;
    }

    private void EnsureCanChangeTo(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (Status is not (MembershipStatus.Active or MembershipStatus.Frozen) || CancelEffectiveDate is not null)
        {
            throw InvalidStatus("change plan");
        }

        if (!IsRecurring || plan.Kind != PlanKind.Membership || plan.Id == PlanId || plan.Currency != Currency
            || plan.Interval != Interval || plan.IntervalCount != IntervalCount)
        {
            throw new BusinessException(BillingErrorCodes.InvalidPlanChange, "A membership changes to another membership plan of the same period and currency.")
                .WithData("planId", plan.Id);
        }

        plan.EnsureActive();
    }

    private void TakeTerms(Plan plan)
    {
        PlanId = plan.Id;
        Price = plan.Price;
        TaxRatePercent = plan.TaxRatePercent;
        TaxMode = plan.TaxMode;
        Allowance = plan.Allowance;
    }

    /// <summary>An invoice is overdue since <paramref name="overdueSinceUtc"/>: <c>Active</c>/<c>Frozen</c> → <c>PastDue</c>. False when nothing changed.</summary>
    public bool MarkPastDue(DateTime overdueSinceUtc, DateTime now)
    {
        if (Status is not (MembershipStatus.Active or MembershipStatus.Frozen))
        {
            return false;
        }

        PastDueSinceUtc = overdueSinceUtc;
        ChangeStatus(MembershipStatus.PastDue, now);
        return true;
    }

    /// <summary>Past due longer than the grace period: <c>PastDue</c> → <c>Debt</c>. False when nothing changed.</summary>
    public bool MarkDebt(DateTime now)
    {
        if (Status != MembershipStatus.PastDue)
        {
            return false;
        }

        ChangeStatus(MembershipStatus.Debt, now);
        return true;
    }

    /// <summary>Nothing is overdue any more (paid, written off): <c>PastDue</c>/<c>Debt</c> → <c>Active</c> (or <c>Frozen</c> inside a freeze). False when nothing changed.</summary>
    public bool Reinstate(DateOnly today, DateTime now)
    {
        if (Status is not (MembershipStatus.PastDue or MembershipStatus.Debt))
        {
            return false;
        }

        PastDueSinceUtc = null;
        ChangeStatus(IsFrozenOn(today) ? MembershipStatus.Frozen : MembershipStatus.Active, now);
        return true;
    }

    /// <summary>Keeps <c>Active</c> and <c>Frozen</c> in step with the freezes on <paramref name="today"/>. False when nothing changed.</summary>
    public bool SyncFreeze(DateOnly today, DateTime now)
    {
        var target = Status switch
        {
            MembershipStatus.Active when IsFrozenOn(today) => MembershipStatus.Frozen,
            MembershipStatus.Frozen when !IsFrozenOn(today) => MembershipStatus.Active,
            _ => Status,
        };
        if (target == Status)
        {
            return false;
        }

        ChangeStatus(target, now);
        return true;
    }

    /// <summary>
    /// Serves notice (DOMAIN.md §2.12): a recurring membership ends on <c>max(today + noticeDays, minimum term end)</c> —
    /// periods starting before then are still billed; a pending one, a pack, drop-in or course ends at once. Returns the
    /// effective date; asking again returns the date set the first time.
    /// </summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.InvalidMembershipStatus"/> when it has ended.</exception>
    public DateOnly RequestCancellation(DateOnly today, int noticeDays, string? reason, DateTime now)
    {
        if (CancelEffectiveDate is { } set)
        {
            return set;
        }

        if (!IsLive && Status != MembershipStatus.Pending)
        {
            throw InvalidStatus("cancel");
        }

        CancellationRequestedAtUtc = now;
        CancellationReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (!IsRecurring || Status == MembershipStatus.Pending)
        {
            CancelEffectiveDate = today;
            End(MembershipStatus.Cancelled, now);
            return today;
        }

        var effective = today.AddDays(Math.Max(0, noticeDays));
        if (MinimumTermEndDate is { } minimum && minimum > effective)
        {
            effective = minimum;
        }

        CancelEffectiveDate = effective;
        return effective;
    }

    /// <summary>
    /// Cancels a live membership today, whatever notice was served before or minimum term applies — dunning's final action
    /// <c>Cancel</c> (DOMAIN.md §2.14): its effective date becomes <paramref name="today"/>; the reason of a notice served
    /// before is kept. False (nothing changes) when it is not live.
    /// </summary>
    public bool CancelNow(DateOnly today, string? reason, DateTime now)
    {
        if (!IsLive)
        {
            return false;
        }

        CancellationRequestedAtUtc ??= now;
        CancellationReason ??= string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        CancelEffectiveDate = CancelEffectiveDate is { } served && served < today ? served : today;
        return End(MembershipStatus.Cancelled, now);
    }

    /// <summary>
    /// Whether the member is to be reminded on <paramref name="today"/> (its local date) of the coming renewal: recurring,
    /// live, the current period ending after today and at most <paramref name="daysBefore"/> days from it, no cancellation
    /// effective by then, and not reminded of this period end yet (<see cref="RenewalRemindedForPeriodEnd"/>).
    /// <paramref name="daysBefore"/> 0 is never.
    /// </summary>
    public bool IsRenewalReminderDue(DateOnly today, int daysBefore) =>
        daysBefore > 0 && RenewsAt(CurrentPeriodEnd) is { } end && end > today && end <= today.AddDays(daysBefore) && RenewalRemindedForPeriodEnd != end;

    // The period end when a recurring, live membership renews then (no cancellation effective by it); null otherwise.
    private DateOnly? RenewsAt(DateOnly? periodEnd) =>
        IsRecurring && IsLive && periodEnd is { } end && (CancelEffectiveDate is null || CancelEffectiveDate > end) ? end : null;

    /// <summary>Records that the member was reminded of the renewal at the end of the current period.</summary>
    /// <exception cref="InvalidOperationException">Not a recurring membership in a period.</exception>
    public void MarkRenewalReminded() =>
        RenewalRemindedForPeriodEnd = CurrentPeriodEnd ?? throw new InvalidOperationException($"Membership {Id} is not in a period.");

    /// <summary>Whether its cancellation takes effect by <paramref name="today"/>.</summary>
    public bool IsCancellationDue(DateOnly today) => IsLive && CancelEffectiveDate is { } date && date <= today;

    /// <summary>Ends it: <c>Cancelled</c> or <c>Expired</c>. False when it had ended already.</summary>
    public bool End(MembershipStatus status, DateTime now)
    {
        if (status is not (MembershipStatus.Cancelled or MembershipStatus.Expired))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A membership ends cancelled or expired.");
        }

        if (Status is MembershipStatus.Cancelled or MembershipStatus.Expired)
        {
            return false;
        }

        EndedAtUtc = now;
        ChangeStatus(status, now);
        return true;
    }

    /// <summary>
    /// Freezes a recurring membership from <paramref name="start"/> to <paramref name="end"/> (inclusive, local dates): the
    /// current period's end, the billing anchor and the minimum term move by its length (Zen Planner: a hold extends the
    /// term and shifts autopay dates). Rules (DOMAIN.md §2.12): at most <paramref name="maxDays"/> days, starting at least
    /// <paramref name="minNoticeDays"/> from today (staff are not bound by notice), not overlapping another freeze, not
    /// once a cancellation notice is served, and not before today.
    /// </summary>
    /// <exception cref="BusinessException">
    /// <see cref="BillingErrorCodes.FreezeNotAllowed"/> (data: <c>rule</c>), <see cref="BillingErrorCodes.InvalidMembershipStatus"/>.
    /// </exception>
    public MembershipFreeze Freeze(Guid freezeId, DateOnly start, DateOnly end, string? reason, DateOnly today, int maxDays, int minNoticeDays, bool byStaff, DateTime now)
    {
        if (Status is not (MembershipStatus.Active or MembershipStatus.Frozen or MembershipStatus.PastDue))
        {
            throw InvalidStatus("freeze");
        }

        FreezeRule(IsRecurring, "recurringOnly", null);
        FreezeRule(end >= start, "endBeforeStart", null);
        FreezeRule(start >= today, "inThePast", null);
        var days = end.DayNumber - start.DayNumber + 1;
        FreezeRule(days <= maxDays, "maxDays", maxDays);
        FreezeRule(byStaff || start.DayNumber - today.DayNumber >= minNoticeDays, "minNoticeDays", minNoticeDays);
        FreezeRule(CancelEffectiveDate is null, "cancellationNotice", null);
        FreezeRule(!_freezes.Any(f => f.StartDate <= end && start <= f.EndDate), "overlap", null);

        var freeze = new MembershipFreeze(freezeId, TenantId, Id, start, end, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), now);
        _freezes.Add(freeze);
        BillingAnchorDate = BillingAnchorDate.AddDays(days);
        if (CurrentPeriodEnd is { } periodEnd && periodEnd > start)
        {
            CurrentPeriodEnd = periodEnd.AddDays(days);
        }

        MinimumTermEndDate = MinimumTermEndDate?.AddDays(days);
        SyncFreeze(today, now);
        return freeze;
    }

    private static void FreezeRule(bool condition, string rule, int? limit)
    {
        if (!condition)
        {
            throw new BusinessException(BillingErrorCodes.FreezeNotAllowed, $"The freeze breaks the rule '{rule}'.")
                .WithData("rule", rule)
                .WithData("limit", limit);
        }
    }

    private BusinessException InvalidStatus(string operation) =>
        new BusinessException(BillingErrorCodes.InvalidMembershipStatus, $"The membership is {Status}: it cannot {operation}.")
            .WithData("status", Status.ToString())
            .WithData("operation", operation);

    private void ChangeStatus(MembershipStatus status, DateTime now)
    {
        var previous = Status;
        Status = status;
        AddLocalEvent(new MembershipStatusChangedEvent(Id, MemberId, PlanId, previous, status, now));
    }
}
