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

        await SeedDemoAsync(tenant);
        var sessionsAfterFirst = await SessionsAsync(tenant);
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
        // 43 days (today and the 42-day horizon) of 19 classes a week, less those of today that have started.
        sessions.Count.ShouldBeInRange(6 * 19 - 6, 7 * 19);
        foreach (var session in sessions)
        {
            var schedule = schedules.Items.Single(s => s.Id == session.ClassScheduleId);
            var zone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZoneId!);
            TimeZoneInfo.ConvertTimeFromUtc(session.StartsAtUtc, zone).TimeOfDay.ShouldBe(schedule.LocalStartTime.ToTimeSpan());
        }
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

    private async Task SeedDemoAsync(TestTenant tenant)
    {
        await using var scope = fixture.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IDataSeeder>().SeedAsync(new DataSeedContext(tenant.Id) { IncludeDemoData = true });
    }
}
