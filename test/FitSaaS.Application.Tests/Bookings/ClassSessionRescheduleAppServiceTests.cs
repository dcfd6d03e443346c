using FitSaaS.Application.Tests.EventBus;
using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Testing;

namespace FitSaaS.Application.Tests.Bookings;

/// <summary>
/// Staff move a booked session through <see cref="IClassSessionAppService.UpdateAsync"/> on the lane's database: the bookings
/// are kept and <c>Bookings.ClassSessionRescheduled.v1</c> is in the outbox once per change of the start, end or location
/// (the rule schedule edits follow), never for a change that keeps them.
/// </summary>
public abstract class ClassSessionRescheduleAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : ClassSessionRescheduleAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : ClassSessionRescheduleAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private const string Rescheduled = "Bookings.ClassSessionRescheduled.v1";

    private readonly BookingsScenario _scenario = new(fixture);

    [Fact]
    public async Task UpdateAsync_BookedSessionMoved_PublishesExactlyOneEventWithTheOldAndNewStart_AndKeepsTheBookings()
    {
        var start = WholeSeconds(DateTime.UtcNow.AddDays(2));
        var gym = await _scenario.CreateGymAsync(capacity: 2, startsAtUtc: start);
        var members = await _scenario.CreateBookedMembersAsync(gym, 3); // two confirmed, one waitlisted
        var moved = start.AddMinutes(90);

        var dto = await UpdateAsync(gym, moved, durationMinutes: 60, capacity: 2);

        (dto.StartsAtUtc, dto.ConfirmedCount, dto.WaitlistCount).ShouldBe((moved, 2, 1));
        var eto = (await RescheduledAsync(gym)).ShouldHaveSingleItem();
        (eto.ClassSessionId, eto.PreviousStartsAtUtc, eto.StartsAtUtc, eto.DurationMinutes).ShouldBe((gym.Session.Id, start, moved, 60));
        (eto.PreviousLocationId, eto.LocationId, eto.ClassScheduleId, eto.ByStaff).ShouldBe((gym.Location.Id, gym.Location.Id, Guid.Empty, true));
        eto.MemberUserIds.ShouldBe(members, ignoreOrder: true);
        var bookings = await _scenario.AsAdminAsync<IBookingAppService, PagedResultDto<BookingDto>>(
            gym.Tenant, s => s.GetListAsync(new GetBookingListInput { ClassSessionId = gym.Session.Id }));
        bookings.Items.Select(b => b.Status).Order().ShouldBe([BookingStatus.Confirmed, BookingStatus.Confirmed, BookingStatus.Waitlisted]);
    }

    [Fact]
    public async Task UpdateAsync_TimesUnchanged_PublishesNone_ThenAnEarlierEndOnly_PublishesOne()
    {
        var start = WholeSeconds(DateTime.UtcNow.AddDays(2));
        var gym = await _scenario.CreateGymAsync(capacity: 2, startsAtUtc: start);
        await _scenario.CreateBookedMembersAsync(gym, 1);

        await UpdateAsync(gym, start, durationMinutes: 60, capacity: 2); // the same values again
        await UpdateAsync(gym, start, durationMinutes: 60, capacity: 4); // capacity only
        (await RescheduledAsync(gym)).ShouldBeEmpty();

        await UpdateAsync(gym, start, durationMinutes: 45, capacity: 4); // the end moves
        await UpdateAsync(gym, start, durationMinutes: 45, capacity: 4);

        var eto = (await RescheduledAsync(gym)).ShouldHaveSingleItem();
        (eto.PreviousStartsAtUtc, eto.StartsAtUtc, eto.DurationMinutes).ShouldBe((start, start, 45));
    }

    [Fact]
    public async Task UpdateAsync_NobodyBooked_MovesSilently()
    {
        var start = WholeSeconds(DateTime.UtcNow.AddDays(2));
        var gym = await _scenario.CreateGymAsync(capacity: 2, startsAtUtc: start);

        var dto = await UpdateAsync(gym, start.AddHours(1), durationMinutes: 60, capacity: 2);

        dto.StartsAtUtc.ShouldBe(start.AddHours(1));
        (await RescheduledAsync(gym)).ShouldBeEmpty();
    }

    private Task<ClassSessionDto> UpdateAsync(Gym gym, DateTime startsAtUtc, int durationMinutes, int capacity) =>
        _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.UpdateAsync(gym.Session.Id, new UpdateClassSessionDto
        {
            LocationId = gym.Location.Id, StartsAtUtc = startsAtUtc, DurationMinutes = durationMinutes, Capacity = capacity,
        }));

    private Task<List<ClassSessionRescheduledEto>> RescheduledAsync(Gym gym) =>
        OutboxEvents.ReadAsync<ClassSessionRescheduledEto>(fixture, gym.Tenant.Id, Rescheduled);

    // Whole seconds, so the instants compare equal after a round trip through either database.
    private static DateTime WholeSeconds(DateTime at) => new(at.Ticks - (at.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
}
