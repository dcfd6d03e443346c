using FitSaaS.Bookings;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Bookings;

/// <summary>The attendance report over a known set of sessions and bookings, in-process and through the HTTP proxies.</summary>
public abstract class AttendanceReportAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : AttendanceReportAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : AttendanceReportAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    // New York changes to daylight time on Sunday 2026-03-08: 07:00 local is 12:00Z before and 11:00Z after.
    private static readonly DateTime s_from = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime s_to = new(2026, 3, 15, 0, 0, 0, DateTimeKind.Utc);
    private readonly BookingsScenario _scenario = new(fixture);

    [Fact]
    public async Task GetAsync_ByClassType_CountsSeatHoldersAttendanceNoShowsLateCancels_WithoutCancelledOrOutOfRangeSessions()
    {
        var world = await CreateWorldAsync();

        var report = await ReportAsync(world.Gym.Tenant, AttendanceReportGroupBy.ClassType);

        report.Rows.Select(r => (r.Key, r.Label, r.SessionCount, r.Capacity, r.Booked, r.Attended, r.NoShows, r.LateCancels, r.FillRate, r.AttendanceRate)).ShouldBe(
        [
            (world.Gym.ClassType.Id.ToString("D"), "WOD", 2, 20, 12, 8, 1, 1, 0.6m, 0.6667m),
            (world.Yoga.ToString("D"), "Yoga", 1, 4, 3, 2, 1, 0, 0.75m, 0.6667m),
        ]);
        (report.Total.Key, report.Total.SessionCount, report.Total.Capacity, report.Total.Booked, report.Total.Attended, report.Total.NoShows,
            report.Total.LateCancels, report.Total.FillRate, report.Total.AttendanceRate).ShouldBe(("total", 3, 24, 15, 10, 2, 1, 0.625m, 0.6667m));
        (report.FromUtc, report.ToUtc, report.GroupBy).ShouldBe((s_from, s_to, AttendanceReportGroupBy.ClassType));
    }

    [Fact]
    public async Task GetAsync_ByHourOfWeek_UsesTheLocationsWallClock_AcrossTheDaylightSavingChange()
    {
        var world = await CreateWorldAsync();

        var report = await ReportAsync(world.Gym.Tenant, AttendanceReportGroupBy.HourOfWeek);

        report.Rows.Select(r => (r.Key, r.Label, r.DayOfWeek, r.LocalHour, r.SessionCount, r.Booked, r.Attended)).ShouldBe(
        [
            ("Monday-07", "Monday 07:00", DayOfWeek.Monday, 7, 2, 12, 8),
            ("Wednesday-18", "Wednesday 18:00", DayOfWeek.Wednesday, 18, 1, 3, 2),
        ]);
    }

    [Fact]
    public async Task GetAsync_ByCoach_NamesTheCoach_AndGroupsSessionsWithoutOne()
    {
        var world = await CreateWorldAsync();

        var report = await ReportAsync(world.Gym.Tenant, AttendanceReportGroupBy.Coach);

        report.Rows.Select(r => (r.Key, r.Label, r.SessionCount, r.Booked)).ShouldBe(
        [
            (world.CoachId.ToString("D"), world.CoachName, 2, 12),
            ("none", "no coach", 1, 3),
        ]);
    }

    [Fact]
    public async Task GetAsync_ByLocation_FilteredByClassType_HasOnlyThatClassTypesSessions()
    {
        var world = await CreateWorldAsync();

        var report = await ReportAsync(world.Gym.Tenant, AttendanceReportGroupBy.Location, classTypeId: world.Yoga);

        var row = report.Rows.ShouldHaveSingleItem();
        (row.Key, row.Label, row.SessionCount, row.Capacity, row.Booked, row.Attended, row.FillRate).ShouldBe(
            (world.Gym.Location.Id.ToString("D"), "Downtown", 1, 4, 3, 2, 0.75m));
    }

    [Fact]
    public async Task GetAsync_RangeLongerThan366Days_ThrowsReportRangeTooLong_And366DaysIsAccepted()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var from = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        var ex = await Should.ThrowAsync<BusinessException>(() => _scenario.AsAdminAsync<IAttendanceReportAppService, AttendanceReportDto>(gym.Tenant,
            s => s.GetAsync(new GetAttendanceReportInput { FromUtc = from, ToUtc = from.AddDays(366).AddMinutes(1) })));
        var longest = await _scenario.AsAdminAsync<IAttendanceReportAppService, AttendanceReportDto>(gym.Tenant,
            s => s.GetAsync(new GetAttendanceReportInput { FromUtc = from, ToUtc = from.AddDays(366) }));

        ex.Code.ShouldBe(BookingsErrorCodes.ReportRangeTooLong);
        longest.Rows.ShouldBeEmpty();
    }

    [Fact]
    public async Task GetAsync_AnotherTenant_SeesNothingOfTheFirstTenantsSessions()
    {
        var world = await CreateWorldAsync();
        var other = await _scenario.CreateGymAsync(capacity: 5);

        var report = await ReportAsync(other.Tenant, AttendanceReportGroupBy.ClassType);
        var filtered = await ReportAsync(other.Tenant, AttendanceReportGroupBy.Location, classTypeId: world.Gym.ClassType.Id);

        report.Rows.ShouldBeEmpty();
        (report.Total.SessionCount, report.Total.Booked).ShouldBe((0, 0));
        filtered.Rows.ShouldBeEmpty();
    }

    [Fact]
    public async Task GetAsync_AsMember_IsForbidden_AsStaff_IsAllowed()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];
        var staff = await fixture.CreateUserAsync(gym.Tenant.Id, $"staff-{Guid.NewGuid():N}"[..20], IdentityConsts.StaffRole);
        var input = new GetAttendanceReportInput { FromUtc = s_from, ToUtc = s_to };

        await Should.ThrowAsync<AuthorizationException>(() => _scenario.AsMemberAsync<IAttendanceReportAppService, AttendanceReportDto>(
            gym.Tenant, member, s => s.GetAsync(input)));
        var report = await _scenario.AsAsync<IAttendanceReportAppService, AttendanceReportDto>(gym.Tenant.Id, staff, IdentityConsts.StaffRole, s => s.GetAsync(input));

        report.Rows.ShouldBeEmpty();
    }

    private Task<AttendanceReportDto> ReportAsync(TestTenant tenant, AttendanceReportGroupBy groupBy, Guid? classTypeId = null) =>
        _scenario.AsAdminAsync<IAttendanceReportAppService, AttendanceReportDto>(tenant, s => s.GetAsync(new GetAttendanceReportInput
        {
            FromUtc = s_from, ToUtc = s_to, GroupBy = groupBy, ClassTypeId = classTypeId,
        }));

    /// <summary>
    /// Downtown (New York): WOD on Monday 2 and Monday 9 March 07:00 local with a coach (capacity 10 each), Yoga on Wednesday 4
    /// March 18:00 local without one (capacity 4); a cancelled WOD and one after the range, both with check-ins that must not count.
    /// </summary>
    private async Task<World> CreateWorldAsync()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);
        var coachName = $"coach-{Guid.NewGuid():N}"[..20];
        var coach = await fixture.CreateUserAsync(gym.Tenant.Id, coachName, IdentityConsts.StaffRole);
        var yoga = await _scenario.AsAdminAsync<IClassTypeAppService, ClassTypeDto>(
            gym.Tenant, s => s.CreateAsync(new CreateClassTypeDto { Name = "Yoga", DefaultCapacity = 4, DurationMinutes = 60 }));
        var monday = await SessionAsync(gym, gym.ClassType.Id, new DateTime(2026, 3, 2, 12, 0, 0, DateTimeKind.Utc), 10, coach);
        var mondayAfterDst = await SessionAsync(gym, gym.ClassType.Id, new DateTime(2026, 3, 9, 11, 0, 0, DateTimeKind.Utc), 10, coach);
        var wednesday = await SessionAsync(gym, yoga.Id, new DateTime(2026, 3, 4, 23, 0, 0, DateTimeKind.Utc), 4, null);
        var cancelled = await SessionAsync(gym, gym.ClassType.Id, new DateTime(2026, 3, 5, 12, 0, 0, DateTimeKind.Utc), 10, coach);
        var later = await SessionAsync(gym, gym.ClassType.Id, new DateTime(2026, 3, 16, 11, 0, 0, DateTimeKind.Utc), 10, coach);

        await BookingStatusSeeder.AddAsync(fixture.Services, gym.Tenant.Id, monday,
            BookingStatus.Confirmed, BookingStatus.Confirmed, BookingStatus.CheckedIn, BookingStatus.CheckedIn, BookingStatus.CheckedIn,
            BookingStatus.CheckedIn, BookingStatus.CheckedIn, BookingStatus.NoShow, BookingStatus.LateCancelled, BookingStatus.Cancelled,
            BookingStatus.Waitlisted);
        await BookingStatusSeeder.AddAsync(fixture.Services, gym.Tenant.Id, mondayAfterDst,
            BookingStatus.CheckedIn, BookingStatus.CheckedIn, BookingStatus.CheckedIn, BookingStatus.Pending);
        await BookingStatusSeeder.AddAsync(fixture.Services, gym.Tenant.Id, wednesday, BookingStatus.CheckedIn, BookingStatus.CheckedIn, BookingStatus.NoShow);
        await BookingStatusSeeder.AddAsync(fixture.Services, gym.Tenant.Id, cancelled, BookingStatus.CheckedIn, BookingStatus.CheckedIn);
        await BookingStatusSeeder.AddAsync(fixture.Services, gym.Tenant.Id, later, BookingStatus.CheckedIn);
        await MarkCancelledAsync(gym.Tenant.Id, cancelled);
        return new World(gym, yoga.Id, coach, coachName);
    }

    private async Task<Guid> SessionAsync(Gym gym, Guid classTypeId, DateTime startsAtUtc, int capacity, Guid? coachId) =>
        (await _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.CreateAsync(new CreateClassSessionDto
        {
            ClassTypeId = classTypeId, LocationId = gym.Location.Id, StartsAtUtc = startsAtUtc, Capacity = capacity, CoachId = coachId,
        }))).Id;

    // Staff cannot cancel a session that has started; the report must leave a cancelled one out whenever it was cancelled.
    private async Task MarkCancelledAsync(Guid tenantId, Guid sessionId)
    {
        using var tenant = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
        (await db.Set<ClassSession>().Where(s => s.Id == sessionId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.IsCancelled, true), TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    private sealed record World(Gym Gym, Guid Yoga, Guid CoachId, string CoachName);
}
