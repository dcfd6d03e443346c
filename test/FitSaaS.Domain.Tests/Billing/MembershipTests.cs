using FitSaaS.Billing;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Domain.Tests.Billing;

public sealed class MembershipTests
{
    private const string Zone = "Europe/Berlin";
    private static readonly DateTime s_now = new(2030, 1, 10, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Constructor_IsPendingCopiesThePlanAndRaisesStatusChangedEvent()
    {
        var plan = Recurring(BillingInterval.Month, allowance: 8);
        var memberId = Guid.NewGuid();
        var tenantId = Guid.NewGuid();

        var membership = new Membership(Guid.NewGuid(), tenantId, memberId, plan, D(2030, 1, 15), Zone, s_now);

        membership.Status.ShouldBe(MembershipStatus.Pending);
        membership.TenantId.ShouldBe(tenantId);
        membership.MemberId.ShouldBe(memberId);
        membership.PlanId.ShouldBe(plan.Id);
        membership.Kind.ShouldBe(PlanKind.Membership);
        membership.Price.ShouldBe(plan.Price);
        membership.Currency.ShouldBe("EUR");
        membership.TaxRatePercent.ShouldBe(17m);
        membership.TaxMode.ShouldBe(TaxMode.Inclusive);
        membership.Interval.ShouldBe(BillingInterval.Month);
        membership.IntervalCount.ShouldBe(1);
        membership.Allowance.ShouldBe(8);
        membership.TimeZoneId.ShouldBe(Zone);
        membership.StartDate.ShouldBe(D(2030, 1, 15));
        membership.BillingAnchorDate.ShouldBe(D(2030, 1, 15));
        membership.PeriodNumber.ShouldBe(0);
        membership.CurrentPeriodStart.ShouldBeNull();
        membership.CurrentPeriodEnd.ShouldBeNull();
        membership.MinimumTermEndDate.ShouldBeNull();
        membership.IsLive.ShouldBeFalse();
        membership.IsRecurring.ShouldBeTrue();
        membership.GetLocalEvents().ShouldHaveSingleItem().ShouldBeOfType<MembershipStatusChangedEvent>()
            .ShouldBe(new MembershipStatusChangedEvent(membership.Id, memberId, plan.Id, null, MembershipStatus.Pending, s_now));
    }

    [Fact]
    public void Constructor_PlanChangedLater_KeepsTheTermsItWasSoldWith()
    {
        var plan = Recurring(BillingInterval.Month);
        var membership = NewMembership(plan, D(2030, 1, 15));

        plan.Configure(new PlanTerms(PlanKind.Membership, 5, Interval: BillingInterval.Week, IntervalCount: 3));

        membership.Price.ShouldBe(9900);
        membership.Interval.ShouldBe(BillingInterval.Month);
        membership.IntervalCount.ShouldBe(1);
    }

    [Theory]
    [InlineData(1, 2030, 2, 28)]
    [InlineData(12, 2031, 1, 31)]
    [InlineData(13, 2031, 2, 28)]
    public void Constructor_MinimumTerm_EndsThatManyMonthsAfterStart(int months, int year, int month, int day)
    {
        var membership = NewMembership(Recurring(BillingInterval.Month, minimumTermMonths: months), D(2030, 1, 31));

        membership.MinimumTermEndDate.ShouldBe(D(year, month, day));
    }

    [Fact]
    public void PeriodKey_NamesTheMembershipAndPeriod()
    {
        var membership = NewMembership(Recurring(BillingInterval.Month), D(2030, 1, 15));

        membership.PeriodKey(3).ShouldBe($"membership:{membership.Id:N}:period:3");
    }

    [Fact]
    public void Activate_Recurring_EntersPeriodOne()
    {
        var membership = NewMembership(Recurring(BillingInterval.Month), D(2030, 1, 15));
        membership.ClearLocalEvents();
        var at = s_now.AddHours(2);

        var changed = membership.Activate(at);

        changed.ShouldBeTrue();
        membership.Status.ShouldBe(MembershipStatus.Active);
        membership.IsLive.ShouldBeTrue();
        membership.ActivatedAtUtc.ShouldBe(at);
        membership.PeriodNumber.ShouldBe(1);
        membership.CurrentPeriodStart.ShouldBe(D(2030, 1, 15));
        membership.CurrentPeriodEnd.ShouldBe(D(2030, 2, 15));
        membership.CurrentPeriodEnd.ShouldBe(membership.PeriodEnd(1));
        var changedEvent = membership.GetLocalEvents().ShouldHaveSingleItem().ShouldBeOfType<MembershipStatusChangedEvent>();
        changedEvent.PreviousStatus.ShouldBe(MembershipStatus.Pending);
        changedEvent.Status.ShouldBe(MembershipStatus.Active);
        changedEvent.OccurredAtUtc.ShouldBe(at);
    }

    [Fact]
    public void Activate_Twice_SecondCallChangesNothing()
    {
        var membership = NewMembership(Recurring(BillingInterval.Month), D(2030, 1, 15));
        membership.Activate(s_now);
        membership.ClearLocalEvents();

        var changed = membership.Activate(s_now.AddDays(1));

        changed.ShouldBeFalse();
        membership.ActivatedAtUtc.ShouldBe(s_now);
        membership.PeriodNumber.ShouldBe(1);
        membership.GetLocalEvents().ShouldBeEmpty();
    }

    [Fact]
    public void Activate_Pack_HasOnePeriodWithoutDates()
    {
        var membership = NewMembership(Pack(), D(2030, 1, 15));

        membership.Activate(s_now).ShouldBeTrue();

        membership.Status.ShouldBe(MembershipStatus.Active);
        membership.IsRecurring.ShouldBeFalse();
        membership.PeriodNumber.ShouldBe(1);
        membership.CurrentPeriodStart.ShouldBeNull();
        membership.CurrentPeriodEnd.ShouldBeNull();
    }

    [Fact]
    public void Activate_Ended_ThrowsInvalidMembershipStatus()
    {
        var membership = NewMembership(Recurring(BillingInterval.Month), D(2030, 1, 15));
        membership.End(MembershipStatus.Expired, s_now);

        var ex = Should.Throw<BusinessException>(() => membership.Activate(s_now));

        ex.Code.ShouldBe(BillingErrorCodes.InvalidMembershipStatus);
        ex.Details["status"].ShouldBe("Expired");
        ex.Details["operation"].ShouldBe("activate");
    }

    [Fact]
    public void PeriodEnd_MonthlyFrom31January_ClampsWithoutDrift()
    {
        var membership = NewMembership(Recurring(BillingInterval.Month), D(2030, 1, 31));

        membership.PeriodEnd(1).ShouldBe(D(2030, 2, 28));
        membership.PeriodEnd(2).ShouldBe(D(2030, 3, 31));
        membership.PeriodEnd(3).ShouldBe(D(2030, 4, 30));
        membership.PeriodEnd(4).ShouldBe(D(2030, 5, 31));
        membership.PeriodEnd(12).ShouldBe(D(2031, 1, 31));
    }

    [Fact]
    public void PeriodEnd_MonthlyFrom31JanuaryInALeapYear_Ends29February()
    {
        var membership = NewMembership(Recurring(BillingInterval.Month), D(2028, 1, 31));

        membership.PeriodEnd(1).ShouldBe(D(2028, 2, 29));
        membership.PeriodEnd(2).ShouldBe(D(2028, 3, 31));
    }

    [Fact]
    public void Renew_MonthlyFrom31January_EachPeriodEndsAtAnchorPlusNMonths()
    {
        var membership = NewMembership(Recurring(BillingInterval.Month), D(2030, 1, 31));
        membership.Activate(s_now);
        var anchor = D(2030, 1, 31);
        var expectedEnds = new[] { D(2030, 2, 28), D(2030, 3, 31), D(2030, 4, 30), D(2030, 5, 31), D(2030, 6, 30) };
        membership.CurrentPeriodEnd.ShouldBe(expectedEnds[0]);

        for (var n = 2; n <= 14; n++)
        {
            var previousEnd = membership.CurrentPeriodEnd!.Value;

            membership.Renew(previousEnd).ShouldBe(n);

            membership.PeriodNumber.ShouldBe(n);
            membership.CurrentPeriodStart.ShouldBe(previousEnd);
            membership.CurrentPeriodEnd.ShouldBe(anchor.AddMonths(n));
            if (n <= expectedEnds.Length)
            {
                membership.CurrentPeriodEnd.ShouldBe(expectedEnds[n - 1]);
            }
        }

        membership.CurrentPeriodEnd.ShouldBe(D(2031, 3, 31));
    }

    [Fact]
    public void PeriodEnd_QuarterlyFromMonthEnd_CountsIntervals()
    {
        var membership = NewMembership(Recurring(BillingInterval.Month, intervalCount: 3), D(2030, 1, 31));

        membership.PeriodEnd(1).ShouldBe(D(2030, 4, 30));
        membership.PeriodEnd(2).ShouldBe(D(2030, 7, 31));
        membership.PeriodEnd(4).ShouldBe(D(2031, 1, 31));
    }

    [Fact]
    public void PeriodEnd_WeeklyEveryTwoWeeks_StepsFourteenDays()
    {
        var start = D(2030, 1, 7);
        var membership = NewMembership(Recurring(BillingInterval.Week, intervalCount: 2), start);
        membership.Activate(s_now);

        membership.CurrentPeriodEnd.ShouldBe(D(2030, 1, 21));
        membership.PeriodEnd(2).ShouldBe(D(2030, 2, 4));
        membership.PeriodEnd(3).ShouldBe(D(2030, 2, 18));
        membership.PeriodEnd(3).DayOfWeek.ShouldBe(start.DayOfWeek);

        membership.Renew(D(2030, 1, 21)).ShouldBe(2);
        membership.CurrentPeriodStart.ShouldBe(D(2030, 1, 21));
        membership.CurrentPeriodEnd.ShouldBe(D(2030, 2, 4));
    }

    [Fact]
    public void PeriodEnd_YearlyFrom29February_ClampsToCommonYearsAndReturnsInLeapYears()
    {
        var membership = NewMembership(Recurring(BillingInterval.Year), D(2028, 2, 29));

        membership.PeriodEnd(1).ShouldBe(D(2029, 2, 28));
        membership.PeriodEnd(2).ShouldBe(D(2030, 2, 28));
        membership.PeriodEnd(3).ShouldBe(D(2031, 2, 28));
        membership.PeriodEnd(4).ShouldBe(D(2032, 2, 29));
    }

    [Fact]
    public void PeriodEnd_Pack_ThrowsInvalidOperation()
    {
        var membership = NewMembership(Pack(), D(2030, 1, 15));

        Should.Throw<InvalidOperationException>(() => membership.PeriodEnd(1));
    }

    [Fact]
    public void IsRenewalDue_FromThePeriodEndOn()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 15));

        membership.IsRenewalDue(D(2030, 2, 14)).ShouldBeFalse();
        membership.IsRenewalDue(D(2030, 2, 15)).ShouldBeTrue();
        membership.IsRenewalDue(D(2030, 3, 1)).ShouldBeTrue();
    }

    [Fact]
    public void IsRenewalDue_PendingOrPackOrEnded_IsFalse()
    {
        NewMembership(Recurring(BillingInterval.Month), D(2030, 1, 15)).IsRenewalDue(D(2031, 1, 1)).ShouldBeFalse();
        Active(Pack(), D(2030, 1, 15)).IsRenewalDue(D(2031, 1, 1)).ShouldBeFalse();
        var ended = Active(Recurring(BillingInterval.Month), D(2030, 1, 15));
        ended.End(MembershipStatus.Cancelled, s_now);
        ended.IsRenewalDue(D(2030, 2, 15)).ShouldBeFalse();
    }

    [Fact]
    public void IsRenewalDue_CancellationEffectiveByThePeriodEnd_IsFalse()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 15));

        membership.RequestCancellation(D(2030, 1, 16), 30, null, s_now).ShouldBe(D(2030, 2, 15));

        membership.IsRenewalDue(D(2030, 2, 15)).ShouldBeFalse();
    }

    [Fact]
    public void IsRenewalDue_CancellationEffectiveAfterThePeriodEnd_StillBillsThePeriod()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 15));
        membership.RequestCancellation(D(2030, 1, 20), 30, null, s_now).ShouldBe(D(2030, 2, 19));

        membership.IsRenewalDue(D(2030, 2, 15)).ShouldBeTrue();
        membership.Renew(D(2030, 2, 15)).ShouldBe(2);

        membership.IsRenewalDue(D(2030, 3, 15)).ShouldBeFalse();
    }

    [Fact]
    public void IsRenewalReminderDue_FromDaysBeforeThePeriodEnd_UntilItsEve_OncePerPeriodEnd()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 15));

        membership.IsRenewalReminderDue(D(2030, 2, 11), 3).ShouldBeFalse("4 days before");
        membership.IsRenewalReminderDue(D(2030, 2, 12), 3).ShouldBeTrue("3 days before");
        membership.IsRenewalReminderDue(D(2030, 2, 14), 3).ShouldBeTrue("the eve");
        membership.IsRenewalReminderDue(D(2030, 2, 15), 3).ShouldBeFalse("the renewal day bills it");
        membership.IsRenewalReminderDue(D(2030, 2, 14), 0).ShouldBeFalse("0 turns reminders off");

        membership.MarkRenewalReminded();

        membership.RenewalRemindedForPeriodEnd.ShouldBe(D(2030, 2, 15));
        membership.IsRenewalReminderDue(D(2030, 2, 13), 3).ShouldBeFalse("reminded of this period end");
        membership.Renew(D(2030, 2, 15)).ShouldBe(2);
        membership.IsRenewalReminderDue(D(2030, 3, 11), 3).ShouldBeFalse();
        membership.IsRenewalReminderDue(D(2030, 3, 12), 3).ShouldBeTrue("the next period end is a new reminder");
    }

    [Fact]
    public void IsRenewalReminderDue_PendingPackEndedOrCancelledByThePeriodEnd_IsFalse()
    {
        NewMembership(Recurring(BillingInterval.Month), D(2030, 1, 15)).IsRenewalReminderDue(D(2030, 2, 14), 3).ShouldBeFalse();
        Active(Pack(), D(2030, 1, 15)).IsRenewalReminderDue(D(2030, 2, 14), 3).ShouldBeFalse();
        var ended = Active(Recurring(BillingInterval.Month), D(2030, 1, 15));
        ended.End(MembershipStatus.Cancelled, s_now);
        ended.IsRenewalReminderDue(D(2030, 2, 14), 3).ShouldBeFalse();
        var leaving = Active(Recurring(BillingInterval.Month), D(2030, 1, 15));
        leaving.RequestCancellation(D(2030, 1, 16), 30, null, s_now).ShouldBe(D(2030, 2, 15));
        leaving.IsRenewalReminderDue(D(2030, 2, 14), 3).ShouldBeFalse("the cancellation takes effect on the period end");
        var stayingLonger = Active(Recurring(BillingInterval.Month), D(2030, 1, 15));
        stayingLonger.RequestCancellation(D(2030, 1, 17), 30, null, s_now).ShouldBe(D(2030, 2, 16));
        stayingLonger.IsRenewalReminderDue(D(2030, 2, 14), 3).ShouldBeTrue("one more period is billed");
    }

    [Fact]
    public void MarkRenewalReminded_OfAPack_ThrowsInvalidOperation() =>
        Should.Throw<InvalidOperationException>(() => Active(Pack(), D(2030, 1, 15)).MarkRenewalReminded());

    [Fact]
    public void Renew_NotDue_ThrowsInvalidOperation()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 15));

        Should.Throw<InvalidOperationException>(() => membership.Renew(D(2030, 2, 14)));
        membership.PeriodNumber.ShouldBe(1);
        membership.CurrentPeriodEnd.ShouldBe(D(2030, 2, 15));
    }

    [Fact]
    public void MarkPastDue_MarkDebt_Reinstate_WalkTheDebtLifecycle()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 15));
        membership.ClearLocalEvents();
        var overdueSince = s_now.AddDays(3);

        membership.MarkPastDue(overdueSince, s_now.AddDays(4)).ShouldBeTrue();
        membership.Status.ShouldBe(MembershipStatus.PastDue);
        membership.PastDueSinceUtc.ShouldBe(overdueSince);
        membership.IsLive.ShouldBeTrue();

        membership.MarkDebt(s_now.AddDays(10)).ShouldBeTrue();
        membership.Status.ShouldBe(MembershipStatus.Debt);
        membership.PastDueSinceUtc.ShouldBe(overdueSince);
        membership.IsLive.ShouldBeTrue();

        membership.Reinstate(D(2030, 1, 25), s_now.AddDays(15)).ShouldBeTrue();
        membership.Status.ShouldBe(MembershipStatus.Active);
        membership.PastDueSinceUtc.ShouldBeNull();

        membership.GetLocalEvents().OfType<MembershipStatusChangedEvent>().Select(e => (e.PreviousStatus, e.Status)).ShouldBe(
        [
            (MembershipStatus.Active, MembershipStatus.PastDue),
            (MembershipStatus.PastDue, MembershipStatus.Debt),
            (MembershipStatus.Debt, MembershipStatus.Active),
        ]);
    }

    [Fact]
    public void MarkPastDue_ThenReinstateStraightAway_IsActive()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 15));
        membership.MarkPastDue(s_now, s_now);

        membership.Reinstate(D(2030, 1, 20), s_now).ShouldBeTrue();

        membership.Status.ShouldBe(MembershipStatus.Active);
    }

    [Fact]
    public void DebtTransitions_FromTheWrongStatus_ChangeNothing()
    {
        var pending = NewMembership(Recurring(BillingInterval.Month), D(2030, 1, 15));
        pending.MarkPastDue(s_now, s_now).ShouldBeFalse();
        pending.Status.ShouldBe(MembershipStatus.Pending);

        var active = Active(Recurring(BillingInterval.Month), D(2030, 1, 15));
        active.ClearLocalEvents();
        active.MarkDebt(s_now).ShouldBeFalse();
        active.Reinstate(D(2030, 1, 20), s_now).ShouldBeFalse();
        active.Status.ShouldBe(MembershipStatus.Active);
        active.GetLocalEvents().ShouldBeEmpty();

        active.MarkPastDue(s_now, s_now);
        active.MarkDebt(s_now);
        active.MarkPastDue(s_now.AddDays(1), s_now.AddDays(1)).ShouldBeFalse();
        active.Status.ShouldBe(MembershipStatus.Debt);
        active.PastDueSinceUtc.ShouldBe(s_now);
    }

    [Fact]
    public void Reinstate_InsideAFreeze_IsFrozen()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 1));
        membership.Freeze(Guid.NewGuid(), D(2030, 1, 20), D(2030, 1, 29), null, D(2030, 1, 10), 30, 0, byStaff: false, s_now);
        membership.MarkPastDue(s_now, s_now).ShouldBeTrue();

        membership.Reinstate(D(2030, 1, 22), s_now).ShouldBeTrue();

        membership.Status.ShouldBe(MembershipStatus.Frozen);
    }

    [Fact]
    public void RequestCancellation_WithNotice_TakesEffectAfterTheNoticeAndStaysActive()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 15));
        membership.ClearLocalEvents();

        var effective = membership.RequestCancellation(D(2030, 3, 1), 30, "  Moving away  ", s_now);

        effective.ShouldBe(D(2030, 3, 31));
        membership.CancelEffectiveDate.ShouldBe(D(2030, 3, 31));
        membership.CancellationReason.ShouldBe("Moving away");
        membership.CancellationRequestedAtUtc.ShouldBe(s_now);
        membership.Status.ShouldBe(MembershipStatus.Active);
        membership.EndedAtUtc.ShouldBeNull();
        membership.GetLocalEvents().ShouldBeEmpty();
    }

    [Fact]
    public void RequestCancellation_InsideTheMinimumTerm_TakesEffectAtItsEnd()
    {
        var membership = Active(Recurring(BillingInterval.Month, minimumTermMonths: 12), D(2030, 1, 15));

        var effective = membership.RequestCancellation(D(2030, 3, 1), 30, null, s_now);

        effective.ShouldBe(D(2031, 1, 15));
        membership.CancelEffectiveDate.ShouldBe(D(2031, 1, 15));
    }

    [Fact]
    public void RequestCancellation_NoticeEndingAfterTheMinimumTerm_TakesEffectAfterTheNotice()
    {
        var membership = Active(Recurring(BillingInterval.Month, minimumTermMonths: 2), D(2030, 1, 15));

        // today + 30 = 2030-03-31, later than the minimum term's end (2030-03-15).
        membership.RequestCancellation(D(2030, 3, 1), 30, null, s_now).ShouldBe(D(2030, 3, 31));
    }

    [Fact]
    public void RequestCancellation_NegativeNotice_CountsAsNone()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 15));

        membership.RequestCancellation(D(2030, 3, 1), -5, null, s_now).ShouldBe(D(2030, 3, 1));
    }

    [Fact]
    public void RequestCancellation_Twice_ReturnsTheFirstDate()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 15));
        membership.RequestCancellation(D(2030, 3, 1), 30, "first", s_now);

        var again = membership.RequestCancellation(D(2030, 4, 1), 0, "second", s_now.AddDays(31));

        again.ShouldBe(D(2030, 3, 31));
        membership.CancellationReason.ShouldBe("first");
        membership.CancellationRequestedAtUtc.ShouldBe(s_now);
    }

    [Fact]
    public void RequestCancellation_Pending_CancelsAtOnce()
    {
        var membership = NewMembership(Recurring(BillingInterval.Month, minimumTermMonths: 12), D(2030, 1, 15));
        membership.ClearLocalEvents();

        var effective = membership.RequestCancellation(D(2030, 1, 12), 30, null, s_now);

        effective.ShouldBe(D(2030, 1, 12));
        membership.Status.ShouldBe(MembershipStatus.Cancelled);
        membership.CancelEffectiveDate.ShouldBe(D(2030, 1, 12));
        membership.EndedAtUtc.ShouldBe(s_now);
        membership.IsLive.ShouldBeFalse();
        var changedEvent = membership.GetLocalEvents().ShouldHaveSingleItem().ShouldBeOfType<MembershipStatusChangedEvent>();
        changedEvent.PreviousStatus.ShouldBe(MembershipStatus.Pending);
        changedEvent.Status.ShouldBe(MembershipStatus.Cancelled);
    }

    [Fact]
    public void RequestCancellation_ActivePack_CancelsAtOnce()
    {
        var membership = Active(Pack(), D(2030, 1, 15));

        var effective = membership.RequestCancellation(D(2030, 2, 1), 30, null, s_now);

        effective.ShouldBe(D(2030, 2, 1));
        membership.Status.ShouldBe(MembershipStatus.Cancelled);
    }

    [Fact]
    public void RequestCancellation_Expired_ThrowsInvalidMembershipStatus()
    {
        var membership = Active(Pack(), D(2030, 1, 15));
        membership.End(MembershipStatus.Expired, s_now).ShouldBeTrue();

        var ex = Should.Throw<BusinessException>(() => membership.RequestCancellation(D(2030, 2, 1), 30, null, s_now));

        ex.Code.ShouldBe(BillingErrorCodes.InvalidMembershipStatus);
        ex.Details["status"].ShouldBe("Expired");
        ex.Details["operation"].ShouldBe("cancel");
    }

    [Fact]
    public void IsCancellationDue_FromTheEffectiveDateOn()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 15));
        membership.IsCancellationDue(D(2040, 1, 1)).ShouldBeFalse();
        membership.RequestCancellation(D(2030, 3, 1), 30, null, s_now);

        membership.IsCancellationDue(D(2030, 3, 30)).ShouldBeFalse();
        membership.IsCancellationDue(D(2030, 3, 31)).ShouldBeTrue();
        membership.End(MembershipStatus.Cancelled, s_now);
        membership.IsCancellationDue(D(2030, 3, 31)).ShouldBeFalse();
    }

    [Fact]
    public void End_Twice_ReturnsFalseAndKeepsTheFirstStatus()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 15));

        membership.End(MembershipStatus.Cancelled, s_now).ShouldBeTrue();
        membership.End(MembershipStatus.Expired, s_now.AddDays(1)).ShouldBeFalse();

        membership.Status.ShouldBe(MembershipStatus.Cancelled);
        membership.EndedAtUtc.ShouldBe(s_now);
    }

    [Fact]
    public void End_NotAnEndStatus_Throws()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 15));

        Should.Throw<ArgumentOutOfRangeException>(() => membership.End(MembershipStatus.Debt, s_now));
        membership.Status.ShouldBe(MembershipStatus.Active);
    }

    [Fact]
    public void Freeze_InsideThePeriod_MovesPeriodEndAnchorAndMinimumTerm()
    {
        var membership = Active(Recurring(BillingInterval.Month, minimumTermMonths: 6), D(2030, 1, 1));
        membership.ClearLocalEvents();
        var freezeId = Guid.NewGuid();

        var freeze = membership.Freeze(freezeId, D(2030, 1, 20), D(2030, 1, 29), "  Holiday ", D(2030, 1, 10), 30, 7, byStaff: false, s_now);

        freeze.Id.ShouldBe(freezeId);
        freeze.MembershipId.ShouldBe(membership.Id);
        freeze.TenantId.ShouldBe(membership.TenantId);
        freeze.StartDate.ShouldBe(D(2030, 1, 20));
        freeze.EndDate.ShouldBe(D(2030, 1, 29));
        freeze.Days.ShouldBe(10);
        freeze.Reason.ShouldBe("Holiday");
        freeze.CreatedAtUtc.ShouldBe(s_now);
        membership.Freezes.ShouldHaveSingleItem().ShouldBeSameAs(freeze);
        membership.CurrentPeriodEnd.ShouldBe(D(2030, 2, 11));
        membership.BillingAnchorDate.ShouldBe(D(2030, 1, 11));
        membership.PeriodEnd(1).ShouldBe(D(2030, 2, 11));
        membership.PeriodEnd(2).ShouldBe(D(2030, 3, 11));
        membership.MinimumTermEndDate.ShouldBe(D(2030, 7, 11));
        membership.StartDate.ShouldBe(D(2030, 1, 1));
        membership.Status.ShouldBe(MembershipStatus.Active);
        membership.GetLocalEvents().ShouldBeEmpty();
    }

    [Fact]
    public void Freeze_InALaterPeriod_MovesTheAnchorOnly()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 1));

        membership.Freeze(Guid.NewGuid(), D(2030, 2, 10), D(2030, 2, 19), null, D(2030, 1, 10), 30, 0, byStaff: false, s_now);

        membership.CurrentPeriodEnd.ShouldBe(D(2030, 2, 1));
        membership.BillingAnchorDate.ShouldBe(D(2030, 1, 11));
        membership.Renew(D(2030, 2, 1)).ShouldBe(2);
        membership.CurrentPeriodStart.ShouldBe(D(2030, 2, 1));
        membership.CurrentPeriodEnd.ShouldBe(D(2030, 3, 11));
    }

    [Fact]
    public void Freeze_StartingToday_IsFrozenUntilItEnds()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 1));
        membership.ClearLocalEvents();

        membership.Freeze(Guid.NewGuid(), D(2030, 1, 10), D(2030, 1, 16), null, D(2030, 1, 10), 30, 7, byStaff: true, s_now);

        membership.Status.ShouldBe(MembershipStatus.Frozen);
        membership.IsLive.ShouldBeTrue();
        membership.GetLocalEvents().ShouldHaveSingleItem().ShouldBeOfType<MembershipStatusChangedEvent>().Status.ShouldBe(MembershipStatus.Frozen);
        membership.SyncFreeze(D(2030, 1, 16), s_now).ShouldBeFalse();
        membership.SyncFreeze(D(2030, 1, 17), s_now).ShouldBeTrue();
        membership.Status.ShouldBe(MembershipStatus.Active);
    }

    [Fact]
    public void Freeze_Frozen_CanAddAnotherFreeze()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 1));
        membership.Freeze(Guid.NewGuid(), D(2030, 1, 10), D(2030, 1, 12), null, D(2030, 1, 10), 30, 0, byStaff: false, s_now);

        membership.Freeze(Guid.NewGuid(), D(2030, 1, 13), D(2030, 1, 14), null, D(2030, 1, 11), 30, 0, byStaff: false, s_now);

        membership.Freezes.Count.ShouldBe(2);
        membership.BillingAnchorDate.ShouldBe(D(2030, 1, 6));
        membership.CurrentPeriodEnd.ShouldBe(D(2030, 2, 6));
    }

    [Fact]
    public void Freeze_NotRecurring_RefusedRecurringOnly()
    {
        var membership = Active(Pack(), D(2030, 1, 1));

        ShouldRefuseFreeze(() => membership.Freeze(Guid.NewGuid(), D(2030, 1, 20), D(2030, 1, 25), null, D(2030, 1, 10), 30, 0, false, s_now), "recurringOnly", null);
    }

    [Fact]
    public void Freeze_EndBeforeStart_RefusedEndBeforeStart()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 1));

        ShouldRefuseFreeze(() => membership.Freeze(Guid.NewGuid(), D(2030, 1, 20), D(2030, 1, 19), null, D(2030, 1, 10), 30, 0, false, s_now), "endBeforeStart", null);
    }

    [Fact]
    public void Freeze_StartingYesterday_RefusedInThePastEvenForStaff()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 1));

        ShouldRefuseFreeze(() => membership.Freeze(Guid.NewGuid(), D(2030, 1, 9), D(2030, 1, 12), null, D(2030, 1, 10), 30, 0, true, s_now), "inThePast", null);
    }

    [Fact]
    public void Freeze_LongerThanMaxDays_RefusedMaxDays()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 1));

        // 20 January – 19 February is 31 days.
        ShouldRefuseFreeze(() => membership.Freeze(Guid.NewGuid(), D(2030, 1, 20), D(2030, 2, 19), null, D(2030, 1, 10), 30, 0, true, s_now), "maxDays", 30);

        membership.Freeze(Guid.NewGuid(), D(2030, 1, 20), D(2030, 2, 18), null, D(2030, 1, 10), 30, 0, true, s_now).Days.ShouldBe(30);
    }

    [Fact]
    public void Freeze_ShortNotice_RefusedMinNoticeDaysForMembersNotStaff()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 1));

        ShouldRefuseFreeze(() => membership.Freeze(Guid.NewGuid(), D(2030, 1, 16), D(2030, 1, 18), null, D(2030, 1, 10), 30, 7, byStaff: false, s_now), "minNoticeDays", 7);
        membership.Freezes.ShouldBeEmpty();

        membership.Freeze(Guid.NewGuid(), D(2030, 1, 16), D(2030, 1, 18), null, D(2030, 1, 10), 30, 7, byStaff: true, s_now).Days.ShouldBe(3);
    }

    [Fact]
    public void Freeze_ExactlyTheNotice_IsAllowed()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 1));

        membership.Freeze(Guid.NewGuid(), D(2030, 1, 17), D(2030, 1, 18), null, D(2030, 1, 10), 30, 7, byStaff: false, s_now).Days.ShouldBe(2);
    }

    [Fact]
    public void Freeze_NoticeServed_RefusedCancellationNotice()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 1));
        membership.RequestCancellation(D(2030, 1, 10), 30, null, s_now);

        ShouldRefuseFreeze(() => membership.Freeze(Guid.NewGuid(), D(2030, 1, 20), D(2030, 1, 25), null, D(2030, 1, 10), 30, 0, true, s_now), "cancellationNotice", null);
    }

    [Theory]
    [InlineData(15, 20)]
    [InlineData(29, 31)]
    [InlineData(22, 24)]
    [InlineData(15, 31)]
    public void Freeze_OverlappingAnother_RefusedOverlap(int startDay, int endDay)
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 1));
        membership.Freeze(Guid.NewGuid(), D(2030, 1, 20), D(2030, 1, 29), null, D(2030, 1, 10), 30, 0, false, s_now);

        ShouldRefuseFreeze(() => membership.Freeze(Guid.NewGuid(), D(2030, 1, startDay), D(2030, 1, endDay), null, D(2030, 1, 10), 30, 0, true, s_now), "overlap", null);
        membership.Freezes.Count.ShouldBe(1);
        membership.BillingAnchorDate.ShouldBe(D(2030, 1, 11));
    }

    [Fact]
    public void Freeze_AdjacentToAnother_IsAllowed()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 1));
        membership.Freeze(Guid.NewGuid(), D(2030, 1, 20), D(2030, 1, 29), null, D(2030, 1, 10), 30, 0, false, s_now);

        membership.Freeze(Guid.NewGuid(), D(2030, 1, 30), D(2030, 1, 31), null, D(2030, 1, 10), 30, 0, false, s_now);
        membership.Freeze(Guid.NewGuid(), D(2030, 1, 18), D(2030, 1, 19), null, D(2030, 1, 10), 30, 0, false, s_now);

        membership.Freezes.Count.ShouldBe(3);
    }

    [Fact]
    public void Freeze_Pending_ThrowsInvalidMembershipStatus()
    {
        var membership = NewMembership(Recurring(BillingInterval.Month), D(2030, 1, 1));

        var ex = Should.Throw<BusinessException>(() => membership.Freeze(Guid.NewGuid(), D(2030, 1, 20), D(2030, 1, 25), null, D(2030, 1, 10), 30, 0, true, s_now));

        ex.Code.ShouldBe(BillingErrorCodes.InvalidMembershipStatus);
        ex.Details["operation"].ShouldBe("freeze");
    }

    [Fact]
    public void Freeze_InDebt_ThrowsInvalidMembershipStatus()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 1));
        membership.MarkPastDue(s_now, s_now);
        membership.MarkDebt(s_now);

        var ex = Should.Throw<BusinessException>(() => membership.Freeze(Guid.NewGuid(), D(2030, 1, 20), D(2030, 1, 25), null, D(2030, 1, 10), 30, 0, true, s_now));

        ex.Code.ShouldBe(BillingErrorCodes.InvalidMembershipStatus);
        ex.Details["status"].ShouldBe("Debt");
    }

    [Fact]
    public void Freeze_PastDue_IsAllowedAndStaysPastDue()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 1));
        membership.MarkPastDue(s_now, s_now);

        membership.Freeze(Guid.NewGuid(), D(2030, 1, 10), D(2030, 1, 12), null, D(2030, 1, 10), 30, 0, true, s_now);

        membership.Status.ShouldBe(MembershipStatus.PastDue);
        membership.IsFrozenOn(D(2030, 1, 11)).ShouldBeTrue();
    }

    [Fact]
    public void AllowsSessionOn_Active_FromTheStart()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 15));

        membership.AllowsSessionOn(D(2030, 1, 14)).ShouldBeFalse();
        membership.AllowsSessionOn(D(2030, 1, 15)).ShouldBeTrue();
        membership.AllowsSessionOn(D(2030, 6, 1)).ShouldBeTrue();
    }

    [Fact]
    public void AllowsSessionOn_FrozenDays_Refused()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 1));
        membership.Freeze(Guid.NewGuid(), D(2030, 1, 20), D(2030, 1, 29), null, D(2030, 1, 10), 30, 0, false, s_now);

        membership.AllowsSessionOn(D(2030, 1, 19)).ShouldBeTrue();
        membership.AllowsSessionOn(D(2030, 1, 20)).ShouldBeFalse();
        membership.AllowsSessionOn(D(2030, 1, 25)).ShouldBeFalse();
        membership.AllowsSessionOn(D(2030, 1, 29)).ShouldBeFalse();
        membership.AllowsSessionOn(D(2030, 1, 30)).ShouldBeTrue();
    }

    [Fact]
    public void AllowsSessionOn_WhileFrozen_OtherDaysAllowed()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 1));
        membership.Freeze(Guid.NewGuid(), D(2030, 1, 10), D(2030, 1, 12), null, D(2030, 1, 10), 30, 0, false, s_now);
        membership.Status.ShouldBe(MembershipStatus.Frozen);

        membership.AllowsSessionOn(D(2030, 1, 11)).ShouldBeFalse();
        membership.AllowsSessionOn(D(2030, 1, 13)).ShouldBeTrue();
    }

    [Fact]
    public void AllowsSessionOn_FromTheCancellationEffectiveDate_Refused()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 1));
        membership.RequestCancellation(D(2030, 3, 1), 30, null, s_now);

        membership.AllowsSessionOn(D(2030, 3, 30)).ShouldBeTrue();
        membership.AllowsSessionOn(D(2030, 3, 31)).ShouldBeFalse();
        membership.AllowsSessionOn(D(2030, 4, 15)).ShouldBeFalse();
    }

    [Fact]
    public void AllowsSessionOn_PastDue_AllowedInDebt_Refused()
    {
        var membership = Active(Recurring(BillingInterval.Month), D(2030, 1, 1));

        membership.MarkPastDue(s_now, s_now);
        membership.AllowsSessionOn(D(2030, 1, 20)).ShouldBeTrue();

        membership.MarkDebt(s_now);
        membership.AllowsSessionOn(D(2030, 1, 20)).ShouldBeFalse();

        membership.Reinstate(D(2030, 1, 20), s_now);
        membership.AllowsSessionOn(D(2030, 1, 20)).ShouldBeTrue();
    }

    [Fact]
    public void AllowsSessionOn_PendingOrEnded_Refused()
    {
        var pending = NewMembership(Recurring(BillingInterval.Month), D(2030, 1, 1));
        pending.AllowsSessionOn(D(2030, 1, 20)).ShouldBeFalse();

        var ended = Active(Pack(), D(2030, 1, 1));
        ended.End(MembershipStatus.Expired, s_now);
        ended.AllowsSessionOn(D(2030, 1, 20)).ShouldBeFalse();
    }

    private static void ShouldRefuseFreeze(Action freeze, string rule, int? limit)
    {
        var ex = Should.Throw<BusinessException>(freeze);
        ex.Code.ShouldBe(BillingErrorCodes.FreezeNotAllowed);
        ex.Details["rule"].ShouldBe(rule);
        ex.Details["limit"].ShouldBe(limit);
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static Plan Recurring(BillingInterval interval, int intervalCount = 1, int? allowance = null, int minimumTermMonths = 0) =>
        new(Guid.NewGuid(), null, "Membership", null, "EUR", new PlanTerms(PlanKind.Membership, 9900, 17m, TaxMode.Inclusive, interval, intervalCount, allowance, minimumTermMonths));

    private static Plan Pack() =>
        new(Guid.NewGuid(), null, "Ten classes", null, "EUR", new PlanTerms(PlanKind.ClassPack, 12000, Credits: 10, ValidityDays: 90, Activation: PackActivation.OnPurchase));

    private static Membership NewMembership(Plan plan, DateOnly start) => new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), plan, start, Zone, s_now);

    private static Membership Active(Plan plan, DateOnly start)
    {
        var membership = NewMembership(plan, start);
        membership.Activate(s_now);
        return membership;
    }
}
