using FitSaaS.Application.Tests.EventBus;
using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Bookings;

/// <summary>
/// The check-in reminder job (<see cref="BookingReminderJob"/>) on the lane's database: one
/// <c>Bookings.BookingReminderDue.v1</c> per confirmed booking and session start, however often and however concurrently it runs.
/// </summary>
public abstract class BookingReminderJobTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : BookingReminderJobTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : BookingReminderJobTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly BookingsScenario _scenario = new(fixture);

    [Fact]
    public async Task RunTwice_AndTwoRunsInParallel_OneEventPerConfirmedBooking_WaitlistAndLaterSessionsNot()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 2, startsAtUtc: Soon(60));
        var members = await _scenario.CreateBookedMembersAsync(gym, 3); // two confirmed, one waitlisted
        var later = await _scenario.CreateSessionAsync(gym, Soon(180)); // beyond the default 120 minutes
        await _scenario.BookAsync(gym.Tenant, members[0], later.Id);

        await Task.WhenAll(RunJobAsync(gym), RunJobAsync(gym));
        await RunJobAsync(gym);

        var events = await RemindersAsync(gym);
        events.Select(e => e.MemberUserId).ShouldBe([members[0], members[1]], ignoreOrder: true);
        events.ShouldAllBe(e => e.ClassSessionId == gym.Session.Id && e.SessionStartsAtUtc == gym.Session.StartsAtUtc && e.LocationId == gym.Location.Id &&
            e.ClassTypeId == gym.ClassType.Id && e.SessionDurationMinutes == gym.Session.DurationMinutes);
        events.Select(e => e.BookingId).Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public async Task CancelledBooking_AndCancelledSession_AreNotReminded()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5, startsAtUtc: Soon(30));
        var members = await _scenario.CreateBookedMembersAsync(gym, 2);
        var cancelled = await _scenario.AsMemberAsync<IBookingAppService, PagedResultDto<BookingDto>>(gym.Tenant, members[0], s => s.GetListAsync(new GetBookingListInput()));
        await _scenario.CancelAsync(gym.Tenant, members[0], cancelled.Items.Single().Id);
        var doomed = await _scenario.CreateSessionAsync(gym, Soon(45));
        await _scenario.BookAsync(gym.Tenant, members[0], doomed.Id);
        await _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.CancelAsync(doomed.Id, new CancelClassSessionDto { Reason = "Coach ill" }));

        await RunJobAsync(gym);

        (await RemindersAsync(gym)).ShouldHaveSingleItem().MemberUserId.ShouldBe(members[1]);
    }

    [Fact]
    public async Task BookingMadeInsideTheWindowAfterARun_IsRemindedAtTheNextRun()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5, startsAtUtc: Soon(20));
        var first = (await _scenario.CreateBookedMembersAsync(gym, 1))[0];
        await RunJobAsync(gym);
        var late = (await _scenario.CreateBookedMembersAsync(gym, 1))[0];

        await RunJobAsync(gym);

        (await RemindersAsync(gym)).Select(e => e.MemberUserId).ShouldBe([first, late], ignoreOrder: true);
    }

    [Fact]
    public async Task RescheduledSession_IsRemindedAgainForItsNewStart_OnlyOnce()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5, startsAtUtc: Soon(60));
        var member = (await _scenario.CreateBookedMembersAsync(gym, 1))[0];
        await RunJobAsync(gym);
        var moved = Soon(90);
        await _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.UpdateAsync(gym.Session.Id, new UpdateClassSessionDto
        {
            LocationId = gym.Location.Id, StartsAtUtc = moved, DurationMinutes = 60, Capacity = 5,
        }));

        await RunJobAsync(gym);
        await RunJobAsync(gym);

        var events = await RemindersAsync(gym);
        events.Count.ShouldBe(2);
        events.ShouldAllBe(e => e.MemberUserId == member && e.ClassSessionId == gym.Session.Id);
        events.Select(e => e.SessionStartsAtUtc).ShouldBe([gym.Session.StartsAtUtc, moved], ignoreOrder: true);
    }

    [Fact]
    public async Task LeadZero_RemindsNobody_AndALongerLeadReachesFurther()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5, startsAtUtc: Soon(10));
        await _scenario.CreateBookedMembersAsync(gym, 1);
        var tomorrow = await _scenario.CreateSessionAsync(gym, Soon(20 * 60));
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];
        await _scenario.BookAsync(gym.Tenant, member, tomorrow.Id);

        await _scenario.SetTenantSettingAsync(gym.Tenant, BookingsSettingNames.ReminderLeadMinutes, 0);
        await RunJobAsync(gym);
        (await RemindersAsync(gym)).ShouldBeEmpty();

        await _scenario.SetTenantSettingAsync(gym.Tenant, BookingsSettingNames.ReminderLeadMinutes, 24 * 60);
        await RunJobAsync(gym);
        (await RemindersAsync(gym)).Count.ShouldBe(2);
    }

    // Whole seconds from now, so the instants compare equal after a round trip through either database.
    private static DateTime Soon(int minutes)
    {
        var at = DateTime.UtcNow.AddMinutes(minutes);
        return new DateTime(at.Ticks - (at.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }

    // The real recurring job, in the tenant, as the scheduler runs it (no ambient unit of work).
    private async Task RunJobAsync(Gym gym)
    {
        using var tenant = fixture.Services.GetRequiredService<ICurrentTenant>().Change(gym.Tenant.Id);
        await using var scope = fixture.CreateScope();
        await scope.ServiceProvider.GetRequiredService<BookingReminderJob>().ExecuteAsync(new BookingReminderArgs(), TestContext.Current.CancellationToken);
    }

    // The reminder events in the tenant's outbox.
    private Task<List<BookingReminderDueEto>> RemindersAsync(Gym gym) =>
        OutboxEvents.ReadAsync<BookingReminderDueEto>(fixture, gym.Tenant.Id, "Bookings.BookingReminderDue.v1");
}
