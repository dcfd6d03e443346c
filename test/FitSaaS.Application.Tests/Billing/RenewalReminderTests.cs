using FitSaaS.Application.Tests.EventBus;
using FitSaaS.Billing;
using FitSaaS.Testing;

namespace FitSaaS.Application.Tests.Billing;

/// <summary>
/// Reminders before a renewal (ADR 0070): the lifecycle job publishes <c>Billing.MembershipRenewalUpcoming.v1</c> once per
/// membership and period end, <see cref="BillingSettingNames.RenewalReminderDays"/> days ahead, with what the renewal will
/// bill — also when the job runs twice at once and again; none for a membership leaving by then or a free renewal.
/// Weekly plans make the dates exact whatever today is. A member with a saved card is covered by
/// <see cref="StripeDunningTests"/>.
/// </summary>
public sealed class RenewalReminderTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    private const string EventName = "Billing.MembershipRenewalUpcoming.v1";

    private readonly BillingScenario _scenario = new(fixture);

    [Fact]
    public async Task LifecycleJob_RemindsOnceOfEachRenewalWithinThreeDays_HoweverOftenItRuns()
    {
        var gym = await _scenario.CreateGymAsync();
        var plan = await WeeklyAsync(gym.Tenant, "Weekly WOD", 2500);
        var free = await WeeklyAsync(gym.Tenant, "Weekly guest pass", 0);
        var threeDaysAhead = await MemberOnAsync(gym.Tenant, plan.Id, BillingScenario.Today.AddDays(-4));
        var twoDaysAhead = await MemberOnAsync(gym.Tenant, plan.Id, BillingScenario.Today.AddDays(-5));
        var fourDaysAhead = await MemberOnAsync(gym.Tenant, plan.Id, BillingScenario.Today.AddDays(-3));
        var freeRenewal = await MemberOnAsync(gym.Tenant, free.Id, BillingScenario.Today.AddDays(-5));
        await _scenario.SetSettingAsync(gym.Tenant, BillingSettingNames.CancellationNoticeDays, "1");
        var leaving = await MemberOnAsync(gym.Tenant, plan.Id, BillingScenario.Today.AddDays(-5));
        (await _scenario.AsAdminAsync<IMembershipAppService, MembershipDto>(gym.Tenant, s => s.CancelAsync(leaving.Id, new CancelMembershipDto { Reason = "Moving" })))
            .CancelEffectiveDate.ShouldBe(BillingScenario.Today.AddDays(1));

        await Task.WhenAll(_scenario.RunLifecycleJobAsync(gym.Tenant), _scenario.RunLifecycleJobAsync(gym.Tenant));
        await _scenario.RunLifecycleJobAsync(gym.Tenant);

        var reminders = await OutboxEvents.ReadAsync<MembershipRenewalUpcomingEto>(fixture, gym.Tenant.Id, EventName);
        reminders.Select(r => r.MembershipId).Order().ShouldBe(new[] { threeDaysAhead.Id, twoDaysAhead.Id }.Order(), "one each, none for 4 days ahead, a free renewal or a member leaving");
        var reminder = reminders.Single(r => r.MembershipId == threeDaysAhead.Id);
        reminder.ShouldSatisfyAllConditions(
            r => r.MemberUserId.ShouldBe(threeDaysAhead.MemberId),
            r => (r.PlanId, r.PlanName).ShouldBe((plan.Id, "Weekly WOD")),
            r => r.RenewsOn.ShouldBe(BillingScenario.Today.AddDays(3)),
            r => r.TimeZoneId.ShouldBe("UTC"),
            r => (r.Amount, r.Currency).ShouldBe((2750L, threeDaysAhead.Currency), "10 % tax on top"),
            r => r.ChargedToSavedCard.ShouldBeFalse("the gym takes no card payments"));
        reminders.Single(r => r.MembershipId == twoDaysAhead.Id).RenewsOn.ShouldBe(BillingScenario.Today.AddDays(2));
        (await _scenario.GetMembershipAsync(gym.Tenant, fourDaysAhead.Id)).CurrentPeriodEnd.ShouldBe(BillingScenario.Today.AddDays(4));
        (await _scenario.GetMembershipAsync(gym.Tenant, freeRenewal.Id)).Status.ShouldBe(MembershipStatus.Active);
    }

    [Fact]
    public async Task RenewalReminderDays_ZeroTurnsThemOff_AndALongerLeadRemindsEarlier()
    {
        var gym = await _scenario.CreateGymAsync();
        var plan = await WeeklyAsync(gym.Tenant, "Weekly WOD", 2500);
        var sixDaysAhead = await MemberOnAsync(gym.Tenant, plan.Id, BillingScenario.Today.AddDays(-1));
        var twoDaysAhead = await MemberOnAsync(gym.Tenant, plan.Id, BillingScenario.Today.AddDays(-5));

        await _scenario.SetSettingAsync(gym.Tenant, BillingSettingNames.RenewalReminderDays, "0");
        await _scenario.RunLifecycleJobAsync(gym.Tenant);
        var whenOff = await OutboxEvents.ReadAsync<MembershipRenewalUpcomingEto>(fixture, gym.Tenant.Id, EventName);
        await _scenario.SetSettingAsync(gym.Tenant, BillingSettingNames.RenewalReminderDays, "6");
        await _scenario.RunLifecycleJobAsync(gym.Tenant);
        await _scenario.RunLifecycleJobAsync(gym.Tenant);

        whenOff.ShouldBeEmpty();
        var reminders = await OutboxEvents.ReadAsync<MembershipRenewalUpcomingEto>(fixture, gym.Tenant.Id, EventName);
        reminders.Select(r => (r.MembershipId, r.RenewsOn)).Order().ShouldBe(
            new[] { (sixDaysAhead.Id, BillingScenario.Today.AddDays(6)), (twoDaysAhead.Id, BillingScenario.Today.AddDays(2)) }.Order());
    }

    [Fact]
    public async Task ScheduledDowngrade_IsWhatTheReminderAnnounces()
    {
        var gym = await _scenario.CreateGymAsync();
        var unlimited = await WeeklyAsync(gym.Tenant, "Weekly unlimited", 3000);
        var basic = await WeeklyAsync(gym.Tenant, "Weekly basic", 1800);
        var membership = await MemberOnAsync(gym.Tenant, unlimited.Id, BillingScenario.Today.AddDays(-5));
        var change = await _scenario.AsMemberAsync<IMembershipAppService, ChangeMembershipPlanResultDto>(
            gym.Tenant, membership.MemberId, s => s.ChangePlanAsync(membership.Id, new ChangeMembershipPlanDto { PlanId = basic.Id }));
        change.Membership.ScheduledPlanId.ShouldBe(basic.Id);

        await _scenario.RunLifecycleJobAsync(gym.Tenant);

        var reminder = (await OutboxEvents.ReadAsync<MembershipRenewalUpcomingEto>(fixture, gym.Tenant.Id, EventName)).ShouldHaveSingleItem();
        (reminder.PlanId, reminder.PlanName, reminder.Amount).ShouldBe((basic.Id, "Weekly basic", 1980L));
    }

    /// <summary>A weekly membership plan, 10 % tax excluded.</summary>
    private Task<PlanDto> WeeklyAsync(TestTenant tenant, string name, long price) =>
        _scenario.CreatePlanAsync(tenant, new CreatePlanDto
        {
            Name = name, Kind = PlanKind.Membership, Price = price, TaxRatePercent = 10, TaxMode = TaxMode.Exclusive, Interval = BillingInterval.Week, IntervalCount = 1,
        });

    /// <summary>A new member's membership of the plan, started on <paramref name="start"/> and paid: its period ends 7 days after it.</summary>
    private async Task<MembershipDto> MemberOnAsync(TestTenant tenant, Guid planId, DateOnly start)
    {
        var member = await _scenario.CreateMemberAsync(tenant);
        var sale = await _scenario.SellAndPayAsync(tenant, member, planId, start);
        var membership = await _scenario.GetMembershipAsync(tenant, sale.Membership.Id);
        (membership.Status, membership.CurrentPeriodEnd).ShouldBe((MembershipStatus.Active, (DateOnly?)start.AddDays(7)));
        return membership;
    }
}
