using FitSaaS.Bookings;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Bookings;

/// <summary>Class schedules through the application service, in-process and through the HTTP proxies, on the test lane's database.</summary>
public abstract class ClassScheduleAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : ClassScheduleAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : ClassScheduleAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private static readonly TimeZoneInfo s_newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private readonly BookingsScenario _scenario = new(fixture);

    [Fact]
    public async Task CreateAsync_WeeklyRule_GeneratesEveryOccurrenceOfTheHorizonAt0600Local_AndGeneratingAgainAddsNothing()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);

        var schedule = await CreateAsync(gym, "RRULE:FREQ=WEEKLY;BYDAY=MO,TH");
        var again = await _scenario.AsAdminAsync<IClassScheduleAppService, ClassScheduleSyncResultDto>(gym.Tenant, s => s.GenerateSessionsAsync(schedule.Id));

        schedule.RecurrenceRule.ShouldBe("FREQ=WEEKLY;BYDAY=MO,TH");
        schedule.TimeZoneId.ShouldBe("America/New_York");
        schedule.LocalStartTime.ShouldBe(new TimeOnly(6, 0));
        (again.Created, again.Updated, again.Removed, again.Kept).ShouldBe((0, 0, 0, 0));
        var sessions = await GeneratedAsync(gym, schedule.Id);
        var expected = HorizonDaysStillAhead(new TimeOnly(6, 0)).Where(d => d.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Thursday).ToList();
        sessions.Select(s => s.OccurrenceDate!.Value).ShouldBe(expected);
        sessions.ShouldAllBe(s => TimeZoneInfo.ConvertTimeFromUtc(s.StartsAtUtc, s_newYork).TimeOfDay == new TimeSpan(6, 0, 0));
        sessions.ShouldAllBe(s => s.Capacity == 8 && s.DurationMinutes == 50 && s.ClassTypeName == "WOD" && !s.IsCustomized);
    }

    [Fact]
    public async Task UpdateAsync_NewTimeAndCapacity_UntouchedSessionsFollow_TheOneStaffEditedKeepsItsValues()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var schedule = await CreateAsync(gym, "FREQ=DAILY;COUNT=400");
        var sessions = await GeneratedAsync(gym, schedule.Id);
        var edited = sessions[2];
        await _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.UpdateAsync(edited.Id, new UpdateClassSessionDto
        {
            LocationId = edited.LocationId, StartsAtUtc = edited.StartsAtUtc, DurationMinutes = 90, Capacity = 3,
        }));

        var updated = await _scenario.AsAdminAsync<IClassScheduleAppService, ClassScheduleDto>(gym.Tenant, s => s.UpdateAsync(schedule.Id, new UpdateClassScheduleDto
        {
            ClassTypeId = gym.ClassType.Id, LocationId = gym.Location.Id, Capacity = 10, DurationMinutes = 50,
            StartDate = schedule.StartDate, LocalStartTime = new TimeOnly(19, 15), RecurrenceRule = schedule.RecurrenceRule,
            ConcurrencyStamp = schedule.ConcurrencyStamp,
        }));

        updated.LocalStartTime.ShouldBe(new TimeOnly(19, 15));
        var after = await GeneratedAsync(gym, schedule.Id);
        // Every session is kept; today's occurrence joins them when its new 19:15 is still ahead while 06:00 had passed.
        sessions.Select(s => s.Id).ShouldBeSubsetOf(after.Select(s => s.Id));
        after.Select(s => s.OccurrenceDate!.Value).ShouldBe(HorizonDaysStillAhead(new TimeOnly(19, 15)));
        after.Where(s => s.Id != edited.Id).ShouldAllBe(s =>
            s.Capacity == 10 && TimeZoneInfo.ConvertTimeFromUtc(s.StartsAtUtc, s_newYork).TimeOfDay == new TimeSpan(19, 15, 0));
        var kept = after.Single(s => s.Id == edited.Id);
        (kept.IsCustomized, kept.Capacity, kept.DurationMinutes, kept.StartsAtUtc).ShouldBe((true, 3, 90, edited.StartsAtUtc));
    }

    [Fact]
    public async Task UpdateAsync_NewTime_ABookedSessionFollows_AndItsBookingsMoveWithIt()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var schedule = await CreateAsync(gym, "FREQ=DAILY;COUNT=400");
        var booked = (await GeneratedAsync(gym, schedule.Id))[3];
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];
        var booking = await _scenario.BookAsync(gym.Tenant, member, booked.Id);

        await _scenario.AsAdminAsync<IClassScheduleAppService, ClassScheduleDto>(gym.Tenant, s => s.UpdateAsync(schedule.Id, new UpdateClassScheduleDto
        {
            ClassTypeId = gym.ClassType.Id, LocationId = gym.Location.Id, Capacity = schedule.Capacity, DurationMinutes = schedule.DurationMinutes,
            StartDate = schedule.StartDate, LocalStartTime = schedule.LocalStartTime.AddHours(3), RecurrenceRule = schedule.RecurrenceRule,
            ConcurrencyStamp = schedule.ConcurrencyStamp,
        }));
        var moved = (await GeneratedAsync(gym, schedule.Id)).Single(s => s.Id == booked.Id);
        var atTheNewTime = await _scenario.AsMemberAsync<IBookingAppService, PagedResultDto<BookingDto>>(gym.Tenant, member, s => s.GetListAsync(
            new GetBookingListInput { SessionStartsFromUtc = moved.StartsAtUtc, SessionStartsBeforeUtc = moved.StartsAtUtc.AddMinutes(1) }));

        (moved.StartsAtUtc - booked.StartsAtUtc).ShouldBe(TimeSpan.FromHours(3));
        atTheNewTime.Items.ShouldHaveSingleItem().Id.ShouldBe(booking.Id);
    }

    [Theory]
    [InlineData("FREQ=FORTNIGHTLY")]
    [InlineData("FREQ=HOURLY")]
    [InlineData("FREQ=WEEKLY;BYDAY=MO;UNTIL=20200101")]
    public async Task CreateAsync_RuleSchedulesDoNotAccept_ThrowsInvalidRecurrenceRule_AndCreatesNothing(string rule)
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);

        var ex = await Should.ThrowAsync<BusinessException>(() => CreateAsync(gym, rule));

        ex.Code.ShouldBe(BookingsErrorCodes.InvalidRecurrenceRule);
        var list = await _scenario.AsAdminAsync<IClassScheduleAppService, PagedResultDto<ClassScheduleDto>>(gym.Tenant, s => s.GetListAsync(new GetClassScheduleListInput()));
        list.TotalCount.ShouldBe(0);
        (await AllSessionsAsync(gym)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Schedules_OfAnotherTenant_AreNeitherListedNorFound()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var other = await _scenario.CreateGymAsync(capacity: 5);
        var schedule = await CreateAsync(gym, "FREQ=WEEKLY;BYDAY=SA");

        var list = await _scenario.AsAdminAsync<IClassScheduleAppService, PagedResultDto<ClassScheduleDto>>(other.Tenant, s => s.GetListAsync(new GetClassScheduleListInput()));
        list.TotalCount.ShouldBe(0);
        await Should.ThrowAsync<EntityNotFoundException>(() =>
            _scenario.AsAdminAsync<IClassScheduleAppService, ClassScheduleDto>(other.Tenant, s => s.GetAsync(schedule.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() =>
            _scenario.AsAdminAsync<IClassScheduleAppService, ClassScheduleSyncResultDto>(other.Tenant, s => s.GenerateSessionsAsync(schedule.Id)));
    }

    [Fact]
    public async Task CreateAsync_AsMember_IsForbidden()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];

        await Should.ThrowAsync<AuthorizationException>(() => _scenario.AsMemberAsync<IClassScheduleAppService, ClassScheduleDto>(
            gym.Tenant, member, s => s.CreateAsync(Input(gym, "FREQ=DAILY"))));
        await Should.ThrowAsync<AuthorizationException>(() => _scenario.AsMemberAsync<IClassScheduleAppService, PagedResultDto<ClassScheduleDto>>(
            gym.Tenant, member, s => s.GetListAsync(new GetClassScheduleListInput())));
    }

    [Fact]
    public async Task GenerationJob_RunTwiceInParallelAfterOccurrencesWentMissing_RecreatesEachOnce()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var schedule = await CreateAsync(gym, "FREQ=DAILY");
        var before = await GeneratedAsync(gym, schedule.Id);
        await RemoveGeneratedRowsAsync(gym, schedule.Id, before.Skip(3).Select(s => s.Id).ToList());

        await Task.WhenAll(RunJobAsync(gym), RunJobAsync(gym), _scenario.AsAdminAsync<IClassScheduleAppService, ClassScheduleSyncResultDto>(
            gym.Tenant, s => s.GenerateSessionsAsync(schedule.Id)));

        (await GeneratedAsync(gym, schedule.Id)).Select(s => s.OccurrenceDate).ShouldBe(before.Select(s => s.OccurrenceDate));
    }

    [Fact]
    public async Task DeleteAsync_UnbookedFutureSessionsGo_TheBookedOneStaysCustomized_AndTheClassTypeIsFreeAgainOnlyWithoutSessions()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];
        var schedule = await CreateAsync(gym, "FREQ=DAILY;COUNT=40");
        var sessions = await GeneratedAsync(gym, schedule.Id);
        await _scenario.BookAsync(gym.Tenant, member, sessions[1].Id);
        var yoga = await _scenario.AsAdminAsync<IClassTypeAppService, ClassTypeDto>(gym.Tenant, s => s.CreateAsync(new CreateClassTypeDto { Name = "Yoga", DefaultCapacity = 10, DurationMinutes = 60 }));
        var yogaSchedule = await _scenario.AsAdminAsync<IClassScheduleAppService, ClassScheduleDto>(gym.Tenant, s => s.CreateAsync(Input(gym, "FREQ=YEARLY;COUNT=1", yoga.Id)));
        await RemoveGeneratedRowsAsync(gym, yogaSchedule.Id, (await GeneratedAsync(gym, yogaSchedule.Id)).Select(s => s.Id).ToList());

        var inUse = await Should.ThrowAsync<BusinessException>(() => AsAdminAsync<IClassTypeAppService>(gym, s => s.DeleteAsync(yoga.Id)));
        await AsAdminAsync<IClassScheduleAppService>(gym, s => s.DeleteAsync(schedule.Id));

        inUse.Code.ShouldBe(BookingsErrorCodes.ClassTypeInUse);
        var kept = (await GeneratedAsync(gym, schedule.Id)).ShouldHaveSingleItem();
        (kept.Id, kept.IsCustomized, kept.ConfirmedCount).ShouldBe((sessions[1].Id, true, 1));
        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.AsAdminAsync<IClassScheduleAppService, ClassScheduleDto>(gym.Tenant, s => s.GetAsync(schedule.Id)));
    }

    // The oracle: the days from today to the horizon in New York whose local time is still ahead.
    private static List<DateOnly> HorizonDaysStillAhead(TimeOnly localTime)
    {
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, s_newYork));
        return Enumerable.Range(0, ClassScheduleConsts.DefaultHorizonDays + 1).Select(today.AddDays)
            .Where(d => TimeZoneInfo.ConvertTimeToUtc(d.ToDateTime(localTime), s_newYork) > now)
            .ToList();
    }

    private Task<ClassScheduleDto> CreateAsync(Gym gym, string rule) =>
        _scenario.AsAdminAsync<IClassScheduleAppService, ClassScheduleDto>(gym.Tenant, s => s.CreateAsync(Input(gym, rule)));

    private Task AsAdminAsync<TService>(Gym gym, Func<TService, Task> call)
        where TService : notnull => _scenario.AsAsync(gym.Tenant.Id, gym.Tenant.AdminUserId, FitSaaS.Identity.IdentityConsts.AdminRole, call);

    private static CreateClassScheduleDto Input(Gym gym, string rule, Guid? classTypeId = null) => new()
    {
        ClassTypeId = classTypeId ?? gym.ClassType.Id,
        LocationId = gym.Location.Id,
        Capacity = 8,
        DurationMinutes = 50,
        StartDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10),
        LocalStartTime = new TimeOnly(6, 0),
        RecurrenceRule = rule,
    };

    private async Task<List<ClassSessionDto>> GeneratedAsync(Gym gym, Guid scheduleId) =>
        (await AllSessionsAsync(gym)).Where(s => s.ClassScheduleId == scheduleId).OrderBy(s => s.StartsAtUtc).ToList();

    private async Task<List<ClassSessionDto>> AllSessionsAsync(Gym gym) =>
        (await _scenario.AsAdminAsync<IClassSessionAppService, PagedResultDto<ClassSessionDto>>(
            gym.Tenant, s => s.GetListAsync(new GetClassSessionListInput { MaxResultCount = 1000 }))).Items.ToList();

    // Simulates occurrences not generated yet (e.g. a horizon that moved on): the rows go, as if they never existed.
    private async Task RemoveGeneratedRowsAsync(Gym gym, Guid scheduleId, List<Guid> ids)
    {
        using var tenant = fixture.Services.GetRequiredService<ICurrentTenant>().Change(gym.Tenant.Id);
        await using var scope = fixture.CreateScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
        (await db.Set<ClassSession>().Where(s => s.ClassScheduleId == scheduleId && ids.Contains(s.Id)).ExecuteDeleteAsync(TestContext.Current.CancellationToken))
            .ShouldBe(ids.Count);
    }

    private async Task RunJobAsync(Gym gym)
    {
        using var tenant = fixture.Services.GetRequiredService<ICurrentTenant>().Change(gym.Tenant.Id);
        await using var scope = fixture.CreateScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        await scope.ServiceProvider.GetRequiredService<ClassScheduleGenerationJob>().ExecuteAsync(new ClassScheduleGenerationArgs(), TestContext.Current.CancellationToken);
        await unitOfWork.CompleteAsync();
    }
}
