using FitSaaS.Billing.Platform;

namespace FitSaaS.Domain.Tests.Billing;

/// <summary>The state rule of platform billing: subscription status + period end + grace + now → the gym's edition end.</summary>
public sealed class PlatformEditionRuleTests
{
    private static readonly DateTime Now = new(2030, 3, 10, 12, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Buffer = TimeSpan.FromHours(24);

    [Theory]
    [InlineData(TenantSubscriptionStatus.Active)]
    [InlineData(TenantSubscriptionStatus.Trialing)]
    public void Decide_Paid_GrantsUntilThePeriodEndPlusTheBuffer(TenantSubscriptionStatus status)
    {
        var periodEnd = Now.AddDays(20);

        var access = PlatformEditionRule.Decide(status, periodEnd, null, cancelAtPeriodEnd: false, Now, Buffer);

        access.ShouldBe(new PlatformEditionAccess(PlatformEditionAccessKind.Grant, periodEnd.AddHours(24)));
    }

    [Fact]
    public void Decide_CancelledAtPeriodEnd_GrantsUntilThePeriodEndWithoutBuffer()
    {
        var access = PlatformEditionRule.Decide(TenantSubscriptionStatus.Active, Now.AddDays(3), null, cancelAtPeriodEnd: true, Now, Buffer);

        access.EndDateUtc.ShouldBe(Now.AddDays(3));
    }

    [Fact]
    public void Decide_PaidButThePeriodEndedLongAgo_FallsBack()
    {
        var access = PlatformEditionRule.Decide(TenantSubscriptionStatus.Active, Now.AddDays(-2), null, cancelAtPeriodEnd: false, Now, Buffer);

        access.Kind.ShouldBe(PlatformEditionAccessKind.Fallback);
    }

    [Theory]
    [InlineData(TenantSubscriptionStatus.PastDue)]
    [InlineData(TenantSubscriptionStatus.Unpaid)]
    [InlineData(TenantSubscriptionStatus.Paused)]
    public void Decide_InDunningDuringTheGrace_GrantsUntilTheGraceEnd(TenantSubscriptionStatus status)
    {
        var graceUntil = Now.AddDays(4);

        var access = PlatformEditionRule.Decide(status, Now.AddDays(25), graceUntil, cancelAtPeriodEnd: false, Now, Buffer);

        access.ShouldBe(new PlatformEditionAccess(PlatformEditionAccessKind.Grant, graceUntil));
    }

    [Theory]
    [InlineData(TenantSubscriptionStatus.PastDue)]
    [InlineData(TenantSubscriptionStatus.Unpaid)]
    public void Decide_InDunningAfterTheGrace_FallsBack(TenantSubscriptionStatus status)
    {
        var access = PlatformEditionRule.Decide(status, Now.AddDays(25), Now.AddSeconds(-1), cancelAtPeriodEnd: false, Now, Buffer);

        access.ShouldBe(PlatformEditionAccess.Fallback);
    }

    [Fact]
    public void Decide_Canceled_EndsAtThePeriodEnd_OrAtTheEarlierGraceEnd()
    {
        var paidUp = PlatformEditionRule.Decide(TenantSubscriptionStatus.Canceled, Now.AddDays(5), null, cancelAtPeriodEnd: true, Now, Buffer);
        var afterDunning = PlatformEditionRule.Decide(TenantSubscriptionStatus.Canceled, Now.AddDays(25), Now.AddDays(2), cancelAtPeriodEnd: false, Now, Buffer);
        var over = PlatformEditionRule.Decide(TenantSubscriptionStatus.Canceled, Now.AddDays(-1), null, cancelAtPeriodEnd: false, Now, Buffer);

        paidUp.EndDateUtc.ShouldBe(Now.AddDays(5));
        afterDunning.EndDateUtc.ShouldBe(Now.AddDays(2));
        over.Kind.ShouldBe(PlatformEditionAccessKind.Fallback);
    }

    [Theory]
    [InlineData(TenantSubscriptionStatus.Incomplete)]
    [InlineData(TenantSubscriptionStatus.IncompleteExpired)]
    public void Decide_FirstPaymentNotMade_LeavesTheEditionUnchanged(TenantSubscriptionStatus status)
    {
        var access = PlatformEditionRule.Decide(status, Now.AddDays(30), null, cancelAtPeriodEnd: false, Now, Buffer);

        access.ShouldBe(PlatformEditionAccess.Unchanged);
    }

    [Fact]
    public void UpdateState_PastDue_StartsTheGraceAtTheFirstFailure_OnceAndPaymentEndsIt()
    {
        var subscription = new TenantSubscription(Guid.NewGuid(), Guid.NewGuid(), "cus_1");
        subscription.Start("sub_1", Guid.NewGuid(), PlatformBillingInterval.Month);
        var failedAt = Now.AddDays(-1);

        subscription.RecordPaymentFailure(failedAt, "declined");
        subscription.UpdateState(TenantSubscriptionStatus.PastDue, Now.AddDays(29), false, Now, graceDays: 7);
        var grace = subscription.GraceUntilUtc;
        subscription.RecordPaymentFailure(Now, "declined again");
        subscription.UpdateState(TenantSubscriptionStatus.PastDue, Now.AddDays(29), false, Now.AddHours(1), graceDays: 7);
        var graceAfterRetry = subscription.GraceUntilUtc;
        subscription.UpdateState(TenantSubscriptionStatus.Active, Now.AddDays(29), false, Now.AddHours(2), graceDays: 7);

        grace.ShouldBe(failedAt.AddDays(7));
        graceAfterRetry.ShouldBe(grace, "a retry's failure does not extend the grace");
        subscription.GraceUntilUtc.ShouldBeNull();
        subscription.LastPaymentFailure.ShouldBe("declined again");
    }

    [Theory]
    [InlineData("active", TenantSubscriptionStatus.Active)]
    [InlineData("past_due", TenantSubscriptionStatus.PastDue)]
    [InlineData("incomplete_expired", TenantSubscriptionStatus.IncompleteExpired)]
    [InlineData("unpaid", TenantSubscriptionStatus.Unpaid)]
    [InlineData("canceled", TenantSubscriptionStatus.Canceled)]
    public void ParseStatus_ReadsStripesNames(string name, TenantSubscriptionStatus expected) =>
        PlatformEditionRule.ParseStatus(name).ShouldBe(expected);

    [Fact]
    public void ParseStatus_UnknownName_IsNull() => PlatformEditionRule.ParseStatus("on_fire").ShouldBeNull();
}
