using System.Collections.Concurrent;
using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Identity;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Bookings;

/// <summary>The booking lifecycle through the application service on the lane's database: limits under concurrency, check-in tokens, the sweep.</summary>
public abstract class BookingLifecycleAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : BookingLifecycleAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : BookingLifecycleAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly BookingsScenario _scenario = new(fixture);

    [Fact]
    public async Task CreateAsync_OneMemberBooksTwoSessionsOfOneDayInParallel_UnderAOnePerDayLimit_ExactlyOnePasses()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5, startsAtUtc: NextLocalNoon());
        await _scenario.SetTenantSettingAsync(gym.Tenant, BookingsSettingNames.MaxBookingsPerDay, 1);
        var evening = await _scenario.CreateSessionAsync(gym, gym.Session.StartsAtUtc.AddHours(6));
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];
        var outcomes = new ConcurrentBag<string>();

        await Task.WhenAll(new[] { gym.Session.Id, evening.Id }.Select(id => Task.Run(async () =>
        {
            try
            {
                await _scenario.BookAsync(gym.Tenant, member, id);
                outcomes.Add("booked");
            }
            catch (BusinessException ex)
            {
                outcomes.Add(ex.Code);
            }
        })));

        outcomes.Order(StringComparer.Ordinal).ShouldBe([BookingsErrorCodes.BookingLimitReached, "booked"]);
        var mine = await _scenario.AsMemberAsync<IBookingAppService, PagedResultDto<BookingDto>>(gym.Tenant, member, s => s.GetListAsync(new GetBookingListInput()));
        mine.Items.ShouldHaveSingleItem().Status.ShouldBe(BookingStatus.Confirmed);
        ((await _scenario.GetSessionAsync(gym.Tenant, gym.Session.Id)).ConfirmedCount + (await _scenario.GetSessionAsync(gym.Tenant, evening.Id)).ConfirmedCount).ShouldBe(1);
    }

    [Fact]
    public async Task CheckInWithToken_OwnTokenInTheWindow_ChecksInOnce_OtherSessionOrMemberOrTamperedTokenIsRefused()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5, startsAtUtc: DateTime.UtcNow.AddMinutes(10));
        var other = await _scenario.CreateSessionAsync(gym, DateTime.UtcNow.AddMinutes(15));
        var members = await _scenario.CreateMembersAsync(gym.Tenant, 2);
        var booking = await _scenario.BookAsync(gym.Tenant, members[0], gym.Session.Id);
        await _scenario.BookAsync(gym.Tenant, members[1], other.Id);
        var token = await _scenario.AsMemberAsync<IBookingAppService, CheckInTokenDto>(gym.Tenant, members[0], s => s.GetCheckInTokenAsync(booking.Id));

        var wrongSession = await Should.ThrowAsync<BusinessException>(() => CheckInAsync(gym.Tenant, members[0], other.Id, token.Token));
        var wrongMember = await Should.ThrowAsync<BusinessException>(() => CheckInAsync(gym.Tenant, members[1], gym.Session.Id, token.Token));
        var tampered = await Should.ThrowAsync<BusinessException>(() => CheckInAsync(gym.Tenant, members[0], gym.Session.Id, token.Token[..^4] + "AAAA"));
        var first = await CheckInAsync(gym.Tenant, members[0], gym.Session.Id, token.Token);
        var again = await CheckInAsync(gym.Tenant, members[0], gym.Session.Id, token.Token);

        new[] { wrongSession, wrongMember, tampered }.ShouldAllBe(e => e.Code == BookingsErrorCodes.InvalidCheckInToken);
        (first.AlreadyCheckedIn, first.Booking.Status, again.AlreadyCheckedIn).ShouldBe((false, BookingStatus.CheckedIn, true));
        var startsAtUtc = (await _scenario.GetSessionAsync(gym.Tenant, gym.Session.Id)).StartsAtUtc; // as stored (PostgreSQL: microseconds)
        (token.CheckInOpensAtUtc, token.CheckInClosesAtUtc).ShouldBe((startsAtUtc.AddMinutes(-30), startsAtUtc.AddMinutes(10)));
    }

    [Fact]
    public async Task Sweep_TwoRunsAndAStaffCheckInRacing_EndInOneConsistentStatePerBooking()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5, startsAtUtc: DateTime.UtcNow.AddDays(1));
        var members = await _scenario.CreateMembersAsync(gym.Tenant, 3);
        var bookings = new List<BookingDto>();
        foreach (var member in members)
        {
            bookings.Add(await _scenario.BookAsync(gym.Tenant, member, gym.Session.Id));
        }

        // The class took place 4 hours ago (staff record sessions in the past): the sweep is due (end + 2 h).
        await _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.UpdateAsync(gym.Session.Id, new UpdateClassSessionDto
        {
            LocationId = gym.Location.Id, StartsAtUtc = DateTime.UtcNow.AddHours(-4), DurationMinutes = 60, Capacity = 5,
        }));
        var checkIn = Task.Run(async () =>
        {
            try
            {
                return (await _scenario.AsAdminAsync<IBookingAppService, CheckInResultDto>(
                    gym.Tenant, s => s.CheckInAsync(bookings[0].Id, new CheckInBookingDto { Reason = "Scanner was down" }))).Booking.Status.ToString();
            }
            catch (BusinessException ex)
            {
                return ex.Code;
            }
        });

        await Task.WhenAll(RunSweepAsync(gym), RunSweepAsync(gym), checkIn);

        var after = (await _scenario.AsAdminAsync<IBookingAppService, PagedResultDto<BookingDto>>(
            gym.Tenant, s => s.GetListAsync(new GetBookingListInput { ClassSessionId = gym.Session.Id }))).Items.ToDictionary(b => b.Id);
        after[bookings[1].Id].Status.ShouldBe(BookingStatus.NoShow);
        after[bookings[2].Id].Status.ShouldBe(BookingStatus.NoShow);

        // Either the sweep came first and staff reversed the no-show (late check-in), or staff were refused (past the
        // window) and the sweep marked it: never both, never neither.
        var first = after[bookings[0].Id];
        var outcome = await checkIn;
        if (outcome == nameof(BookingStatus.CheckedIn))
        {
            (first.Status, first.NoShowAtUtc is not null).ShouldBe((BookingStatus.CheckedIn, true));
        }
        else
        {
            (outcome, first.Status).ShouldBe((BookingsErrorCodes.CheckInWindowClosed, BookingStatus.NoShow));
        }

        (await _scenario.GetSessionAsync(gym.Tenant, gym.Session.Id)).ConfirmedCount.ShouldBe(3);
        await RunSweepAsync(gym);
        (await _scenario.AsAdminAsync<IBookingAppService, BookingDto>(gym.Tenant, s => s.GetAsync(bookings[1].Id))).NoShowAtUtc.ShouldBe(after[bookings[1].Id].NoShowAtUtc);
    }

    [Fact]
    public async Task CreateAsync_StaffWalkInForARestrictedMemberAfterTheWindow_RecordsTheReason_TheMemberAloneIsRefused()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5, startsAtUtc: DateTime.UtcNow.AddMinutes(20));
        await _scenario.SetTenantSettingAsync(gym.Tenant, BookingsSettingNames.BookingClosesMinutes, 60);
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];

        var alone = await Should.ThrowAsync<BusinessException>(() => _scenario.BookAsync(gym.Tenant, member, gym.Session.Id));
        var walkIn = await _scenario.AsAdminAsync<IBookingAppService, BookingDto>(gym.Tenant, s => s.CreateAsync(new CreateBookingDto
        {
            ClassSessionId = gym.Session.Id, MemberId = member, Reason = "Walk-in at the desk",
        }));

        alone.Code.ShouldBe(BookingsErrorCodes.BookingClosed);
        (walkIn.Status, walkIn.BookedByStaff, walkIn.StaffReason).ShouldBe((BookingStatus.Confirmed, true, "Walk-in at the desk"));
    }

    [Fact]
    public async Task GetListAsync_MembersUpcomingAndHistory_SplitAtNow_InSessionOrder()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5, startsAtUtc: DateTime.UtcNow.AddDays(3));
        var sooner = await _scenario.CreateSessionAsync(gym, DateTime.UtcNow.AddDays(1));
        var past = await _scenario.CreateSessionAsync(gym, DateTime.UtcNow.AddDays(2));
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];
        foreach (var id in new[] { gym.Session.Id, sooner.Id, past.Id })
        {
            await _scenario.BookAsync(gym.Tenant, member, id);
        }

        await _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.UpdateAsync(past.Id, new UpdateClassSessionDto
        {
            LocationId = gym.Location.Id, StartsAtUtc = DateTime.UtcNow.AddDays(-2), DurationMinutes = 60, Capacity = 5,
        }));
        var now = DateTime.UtcNow;

        var upcoming = await _scenario.AsMemberAsync<IBookingAppService, PagedResultDto<BookingDto>>(gym.Tenant, member, s => s.GetListAsync(
            new GetBookingListInput { SessionStartsFromUtc = now, Sorting = "sessionStartsAtUtc" }));
        var history = await _scenario.AsMemberAsync<IBookingAppService, PagedResultDto<BookingDto>>(gym.Tenant, member, s => s.GetListAsync(
            new GetBookingListInput { SessionStartsBeforeUtc = now, Sorting = "sessionStartsAtUtc desc" }));

        upcoming.Items.Select(b => b.ClassSessionId).ShouldBe([sooner.Id, gym.Session.Id]);
        history.Items.ShouldHaveSingleItem().ClassSessionId.ShouldBe(past.Id);
    }

    private Task<CheckInResultDto> CheckInAsync(TestTenant tenant, Guid member, Guid sessionId, string token) =>
        _scenario.AsMemberAsync<IBookingAppService, CheckInResultDto>(tenant, member, s => s.CheckInWithTokenAsync(new CheckInWithTokenDto { ClassSessionId = sessionId, Token = token }));

    // The real recurring job, in the tenant, as the scheduler runs it.
    private async Task RunSweepAsync(Gym gym)
    {
        using var tenant = fixture.Services.GetRequiredService<ICurrentTenant>().Change(gym.Tenant.Id);
        await using var scope = fixture.CreateScope();
        await scope.ServiceProvider.GetRequiredService<BookingSweepJob>().ExecuteAsync(new BookingSweepArgs(), TestContext.Current.CancellationToken);
    }

    // Noon two days ahead in New York (the gym's location), so a session six hours later is the same local day.
    private static DateTime NextLocalNoon()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var localDate = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, zone).Date.AddDays(2).AddHours(12);
        return TimeZoneInfo.ConvertTimeToUtc(localDate, zone);
    }
}
