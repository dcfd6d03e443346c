using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Data;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Bookings;

public abstract class BookingsDemoDataSeedTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : BookingsDemoDataSeedTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : BookingsDemoDataSeedTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly BookingsScenario _scenario = new(fixture);

    [Fact]
    public async Task SeedAsync_DemoDataTwice_CreatesTheDemoSchedulesAndTheirSessionsOnce()
    {
        var tenant = await fixture.CreateTenantAsync();
        var before = DateTime.UtcNow;

        await SeedDemoAsync(tenant);
        var sessionsAfterFirst = await SessionsAsync(tenant);
        var bookingsAfterFirst = await BookingsAsync(tenant);
        await SeedDemoAsync(tenant);

        var locations = await _scenario.AsAdminAsync<ILocationAppService, PagedResultDto<LocationDto>>(tenant, s => s.GetListAsync(new GetLocationListInput()));
        var classTypes = await _scenario.AsAdminAsync<IClassTypeAppService, PagedResultDto<ClassTypeDto>>(tenant, s => s.GetListAsync(new GetClassTypeListInput()));
        var schedules = await _scenario.AsAdminAsync<IClassScheduleAppService, PagedResultDto<ClassScheduleDto>>(
            tenant, s => s.GetListAsync(new GetClassScheduleListInput { MaxResultCount = 100 }));
        var sessions = await SessionsAsync(tenant);
        locations.Items.Select(l => (l.Name, l.TimeZoneId)).ShouldBe(
            [(BookingsDemoDataSeedContributor.LocationName, BookingsDemoDataSeedContributor.LocationTimeZoneId),
             (BookingsDemoDataSeedContributor.LondonLocationName, BookingsDemoDataSeedContributor.LondonTimeZoneId)], ignoreOrder: true);
        classTypes.Items.Select(c => c.Name).ShouldBe(["Open Gym", "WOD", "Yoga Flow"]);
        schedules.TotalCount.ShouldBe(7);
        sessions.Count.ShouldBe(sessionsAfterFirst.Count);
        sessions.Select(s => s.Id).ShouldBe(sessionsAfterFirst.Select(s => s.Id), ignoreOrder: true);
        (await BookingsAsync(tenant)).Select(b => (b.Id, b.Status)).ShouldBe(bookingsAfterFirst.Select(b => (b.Id, b.Status)), ignoreOrder: true);
        // Ahead: 43 days (today and the 42-day horizon) of 19 classes a week, less those of today that have started. Past: the
        // 4 weeks before today, and those of today that have started.
        sessions.Count(s => s.StartsAtUtc > before).ShouldBeInRange(6 * 19 - 6, 7 * 19);
        sessions.Count(s => s.StartsAtUtc <= before).ShouldBeInRange(4 * 19, (4 * 19) + 6);
        foreach (var session in sessions)
        {
            var schedule = schedules.Items.Single(s => s.Id == session.ClassScheduleId);
            var zone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZoneId!);
            TimeZoneInfo.ConvertTimeFromUtc(session.StartsAtUtc, zone).TimeOfDay.ShouldBe(schedule.LocalStartTime.ToTimeSpan());
        }
    }

    [Fact]
    public async Task SeedAsync_DemoData_BooksTheDemoMembers_WithinCapacity_AndTheSessionsCountsMatchTheirBookings()
    {
        var tenant = await fixture.CreateTenantAsync();
        var before = DateTime.UtcNow;

        await SeedDemoAsync(tenant);

        var sessions = (await SessionsAsync(tenant)).ToDictionary(s => s.Id);
        var bookings = await BookingsAsync(tenant);
        var byStatus = bookings.GroupBy(b => b.Status).ToDictionary(g => g.Key, g => g.Count());
        bookings.Count.ShouldBeGreaterThan(800);
        byStatus[BookingStatus.CheckedIn].ShouldBeGreaterThan(bookings.Count / 2);
        byStatus[BookingStatus.NoShow].ShouldBeGreaterThan(0);
        byStatus[BookingStatus.Cancelled].ShouldBeGreaterThan(0);
        byStatus[BookingStatus.LateCancelled].ShouldBeGreaterThan(0);
        byStatus[BookingStatus.Confirmed].ShouldBeGreaterThan(0);
        byStatus[BookingStatus.Waitlisted].ShouldBeGreaterThan(0);
        bookings.Count(b => b.PromotedAtUtc is not null).ShouldBeGreaterThan(0);
        bookings.Select(b => b.MemberId).Distinct().Count().ShouldBe(20);
        bookings.Where(b => b.Status is BookingStatus.NoShow or BookingStatus.CheckedIn)
            .ShouldAllBe(b => sessions[b.ClassSessionId].StartsAtUtc < before.AddMinutes(5) && (b.NoShowAtUtc ?? b.CheckedInAtUtc) < before.AddMinutes(5));
        foreach (var session in sessions.Values)
        {
            var ofSession = bookings.Where(b => b.ClassSessionId == session.Id).ToList();
            session.ConfirmedCount.ShouldBe(ofSession.Count(b => BookingLifecycle.HoldsSeat(b.Status)), $"seats of {session.StartsAtUtc:O}");
            session.WaitlistCount.ShouldBe(ofSession.Count(b => b.Status == BookingStatus.Waitlisted), $"waitlist of {session.StartsAtUtc:O}");
            session.ConfirmedCount.ShouldBeLessThanOrEqualTo(session.Capacity);
        }

        sessions.Values.Count(s => s.StartsAtUtc > before && s.WaitlistCount > 0 && s.AvailableSeats == 0).ShouldBe(1);
    }

    [Fact]
    public async Task SeedAsync_DemoData_GivesTheAttendanceReportBusyMorningsAndEvenings()
    {
        var tenant = await fixture.CreateTenantAsync();
        var before = DateTime.UtcNow;

        await SeedDemoAsync(tenant);

        var report = await _scenario.AsAdminAsync<IAttendanceReportAppService, AttendanceReportDto>(
            tenant, s => s.GetAsync(new GetAttendanceReportInput { FromUtc = before.AddDays(-30), ToUtc = before, GroupBy = AttendanceReportGroupBy.HourOfWeek }));
        report.Total.SessionCount.ShouldBeInRange(4 * 19, (4 * 19) + 6);
        report.Total.Attended.ShouldBeGreaterThan(report.Total.Booked / 2);
        report.Total.NoShows.ShouldBeGreaterThan(0);
        report.Total.LateCancels.ShouldBeGreaterThan(0);
        report.Total.Booked.ShouldBeLessThanOrEqualTo(report.Total.Capacity);
        var busy = report.Rows.Where(r => r.LocalHour is < 8 or >= 17).Average(r => r.FillRate);
        var quiet = report.Rows.Where(r => r.LocalHour is >= 8 and < 17).Average(r => r.FillRate);
        busy.ShouldBeGreaterThan(quiet + 0.2m);
    }

    [Fact]
    public async Task SeedAsync_WithoutDemoData_AddsNoBookingsData()
    {
        var tenant = await fixture.CreateTenantAsync();

        var locations = await _scenario.AsAdminAsync<ILocationAppService, PagedResultDto<LocationDto>>(tenant, s => s.GetListAsync(new GetLocationListInput()));

        locations.TotalCount.ShouldBe(0);
    }

    private async Task<List<ClassSessionDto>> SessionsAsync(TestTenant tenant) =>
        [.. (await _scenario.AsAdminAsync<IClassSessionAppService, PagedResultDto<ClassSessionDto>>(
            tenant, s => s.GetListAsync(new GetClassSessionListInput { MaxResultCount = 1000 }))).Items];

    private async Task<List<BookingDto>> BookingsAsync(TestTenant tenant)
    {
        var bookings = new List<BookingDto>();
        while (true)
        {
            var page = await _scenario.AsAdminAsync<IBookingAppService, PagedResultDto<BookingDto>>(
                tenant, s => s.GetListAsync(new GetBookingListInput { SkipCount = bookings.Count, MaxResultCount = PagedResultRequestDto.MaxMaxResultCount }));
            bookings.AddRange(page.Items);
            if (page.Items.Count == 0 || bookings.Count >= page.TotalCount)
            {
                return bookings;
            }
        }
    }

    private async Task SeedDemoAsync(TestTenant tenant)
    {
        await using var scope = fixture.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IDataSeeder>().SeedAsync(new DataSeedContext(tenant.Id) { IncludeDemoData = true });
    }
}
