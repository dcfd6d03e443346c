using FitSaaS.Bookings;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Testing;

namespace FitSaaS.Application.Tests.Bookings;

/// <summary>
/// The member's limits on the lane's database, where the booking path reads cached data (the session's snapshot, the class
/// type's and location's policy levels) and the bookings' own copy of the session start: a moved session, a changed class
/// type policy and the location's week are counted as they are now.
/// </summary>
public abstract class BookingLimitsAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : BookingLimitsAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : BookingLimitsAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly BookingsScenario _scenario = new(fixture);

    [Fact]
    public async Task CreateAsync_AfterSessionsMoved_CountsTheirNewDays_ThoughTheSessionWasCachedOnItsOldDay()
    {
        var monday = LocalNoonUtc(NextLocal(DayOfWeek.Monday));
        var gym = await _scenario.CreateGymAsync(capacity: 5, startsAtUtc: monday);
        await _scenario.SetTenantSettingAsync(gym.Tenant, BookingsSettingNames.MaxBookingsPerDay, 1);
        var tuesday = await _scenario.CreateSessionAsync(gym, monday.AddDays(1));
        var members = await _scenario.CreateMembersAsync(gym.Tenant, 2);
        await _scenario.BookAsync(gym.Tenant, members[0], gym.Session.Id);
        await _scenario.BookAsync(gym.Tenant, members[1], tuesday.Id); // the Tuesday session's snapshot is cached now

        await MoveAsync(gym, tuesday.Id, monday.AddHours(6));
        var sameDay = await Should.ThrowAsync<BusinessException>(() => _scenario.BookAsync(gym.Tenant, members[0], tuesday.Id));
        await MoveAsync(gym, gym.Session.Id, monday.AddDays(2)); // the member's booking moves with its session
        var afterBothMoved = await _scenario.BookAsync(gym.Tenant, members[0], tuesday.Id);

        (sameDay.Code, Data(sameDay, "limit")).ShouldBe((BookingsErrorCodes.BookingLimitReached, "PerDay"));
        afterBothMoved.Status.ShouldBe(BookingStatus.Confirmed);
    }

    [Fact]
    public async Task CreateAsync_AfterTheClassTypesPolicyChanged_AppliesTheNewLimit()
    {
        var monday = LocalNoonUtc(NextLocal(DayOfWeek.Monday));
        var gym = await _scenario.CreateGymAsync(capacity: 5, startsAtUtc: monday);
        var sessions = new[] { gym.Session.Id, (await _scenario.CreateSessionAsync(gym, monday.AddHours(2))).Id, (await _scenario.CreateSessionAsync(gym, monday.AddHours(4))).Id };
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];
        await _scenario.BookAsync(gym.Tenant, member, sessions[0]); // no limit yet: the class type's level is cached without one
        await _scenario.BookAsync(gym.Tenant, member, sessions[1]);

        await _scenario.AsAdminAsync<IClassTypeAppService, ClassTypeDto>(gym.Tenant, s => s.UpdateAsync(gym.ClassType.Id, new UpdateClassTypeDto
        {
            Name = gym.ClassType.Name, DefaultCapacity = gym.ClassType.DefaultCapacity, DurationMinutes = gym.ClassType.DurationMinutes,
            Policy = new BookingPolicyDto { MaxBookingsPerDay = 2 },
        }));
        var third = await Should.ThrowAsync<BusinessException>(() => _scenario.BookAsync(gym.Tenant, member, sessions[2]));

        (third.Code, Data(third, "max")).ShouldBe((BookingsErrorCodes.BookingLimitReached, "2"));
    }

    [Fact]
    public async Task CreateAsync_WeeklyLimit_CountsTheLocationsWeekFromMondayMidnight()
    {
        // Two per week in New York: Monday and Wednesday fill the week; Sunday 23:30 local is still that week, Monday 00:30 the next.
        var weekStart = NextLocal(DayOfWeek.Monday);
        var gym = await _scenario.CreateGymAsync(capacity: 5, startsAtUtc: LocalNoonUtc(weekStart));
        await _scenario.SetTenantSettingAsync(gym.Tenant, BookingsSettingNames.MaxBookingsPerWeek, 2);
        var wednesday = await _scenario.CreateSessionAsync(gym, LocalNoonUtc(weekStart.AddDays(2)));
        var sundayNight = await _scenario.CreateSessionAsync(gym, LocalUtc(weekStart.AddDays(6), new TimeOnly(23, 30)));
        var nextMonday = await _scenario.CreateSessionAsync(gym, LocalUtc(weekStart.AddDays(7), new TimeOnly(0, 30)));
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];
        await _scenario.BookAsync(gym.Tenant, member, gym.Session.Id);
        await _scenario.BookAsync(gym.Tenant, member, wednesday.Id);

        var sunday = await Should.ThrowAsync<BusinessException>(() => _scenario.BookAsync(gym.Tenant, member, sundayNight.Id));
        var next = await _scenario.BookAsync(gym.Tenant, member, nextMonday.Id);

        (sunday.Code, Data(sunday, "limit"), Data(sunday, "periodStart")).ShouldBe(
            (BookingsErrorCodes.BookingLimitReached, "PerWeek", weekStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        next.Status.ShouldBe(BookingStatus.Confirmed);
    }

    [Theory]
    // Days from a Monday in New York and local wall times: the member books the first session, then asks for the second.
    [InlineData("PerDay", 0, "12:00:00", 0, "23:59:59", true)] // Monday's last second: the same day
    [InlineData("PerDay", 0, "12:00:00", 1, "00:00:00", false)] // Tuesday's first: the next day
    [InlineData("PerDay", 0, "12:00:00", 0, "00:00:00", true)] // Monday's first: the same day
    [InlineData("PerDay", 1, "00:00:00", 0, "23:59:59", false)] // booked Tuesday's first second; Monday's last is the day before
    [InlineData("PerWeek", 2, "12:00:00", 6, "23:59:59", true)] // Sunday's last second: the same week
    [InlineData("PerWeek", 2, "12:00:00", 7, "00:00:00", false)] // next Monday's first: the next week
    [InlineData("PerWeek", 2, "12:00:00", 0, "00:00:00", true)] // Monday's first: the same week
    [InlineData("PerWeek", 2, "12:00:00", -1, "23:59:59", false)] // the Sunday before, last second: the week before
    public async Task CreateAsync_OnePerDayOrWeek_OneSecondEitherSideOfTheLocationsMidnight(
        string limit, int bookedDay, string bookedTime, int candidateDay, string candidateTime, bool refused)
    {
        var monday = NextLocal(DayOfWeek.Monday);
        var gym = await _scenario.CreateGymAsync(capacity: 5, startsAtUtc: LocalUtc(monday.AddDays(bookedDay), TimeOnly.Parse(bookedTime, System.Globalization.CultureInfo.InvariantCulture)));
        await _scenario.SetTenantSettingAsync(gym.Tenant, limit == "PerDay" ? BookingsSettingNames.MaxBookingsPerDay : BookingsSettingNames.MaxBookingsPerWeek, 1);
        var candidateDate = monday.AddDays(candidateDay);
        var candidate = await _scenario.CreateSessionAsync(gym, LocalUtc(candidateDate, TimeOnly.Parse(candidateTime, System.Globalization.CultureInfo.InvariantCulture)));
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];
        await _scenario.BookAsync(gym.Tenant, member, gym.Session.Id);

        if (!refused)
        {
            (await _scenario.BookAsync(gym.Tenant, member, candidate.Id)).Status.ShouldBe(BookingStatus.Confirmed);
            return;
        }

        var ex = await Should.ThrowAsync<BusinessException>(() => _scenario.BookAsync(gym.Tenant, member, candidate.Id));
        var periodStart = limit == "PerDay" ? candidateDate : monday;
        (ex.Code, Data(ex, "limit"), Data(ex, "periodStart")).ShouldBe(
            (BookingsErrorCodes.BookingLimitReached, limit, periodStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        (await _scenario.GetSessionAsync(gym.Tenant, candidate.Id)).ConfirmedCount.ShouldBe(0);
    }

    // In process the value itself, through the proxies the problem's JSON value: compared as text.
    private static string? Data(BusinessException exception, string key) => Convert.ToString(exception.Details.TryGetValue(key, out var value) ? value : null, System.Globalization.CultureInfo.InvariantCulture);

    private Task<ClassSessionDto> MoveAsync(Gym gym, Guid sessionId, DateTime startsAtUtc) =>
        _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.UpdateAsync(sessionId, new UpdateClassSessionDto
        {
            LocationId = gym.Location.Id, StartsAtUtc = startsAtUtc, DurationMinutes = 60, Capacity = 5,
        }));

    private static readonly TimeZoneInfo s_newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    // The gym's location is in New York; a week ahead at least, so every session is bookable.
    private static DateOnly NextLocal(DayOfWeek day)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, s_newYork)).AddDays(7);
        return today.AddDays(((int)day - (int)today.DayOfWeek + 7) % 7);
    }

    private static DateTime LocalNoonUtc(DateOnly date) => LocalUtc(date, new TimeOnly(12, 0));

    private static DateTime LocalUtc(DateOnly date, TimeOnly time) => TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time), s_newYork);
}
