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
    public async Task SeedAsync_DemoDataTwice_CreatesTheDemoTimetableOnce()
    {
        var tenant = await fixture.CreateTenantAsync();

        await SeedDemoAsync(tenant);
        await SeedDemoAsync(tenant);

        var locations = await _scenario.AsAdminAsync<ILocationAppService, PagedResultDto<LocationDto>>(tenant, s => s.GetListAsync(new GetLocationListInput()));
        var classTypes = await _scenario.AsAdminAsync<IClassTypeAppService, PagedResultDto<ClassTypeDto>>(tenant, s => s.GetListAsync(new GetClassTypeListInput()));
        var sessions = await _scenario.AsAdminAsync<IClassSessionAppService, PagedResultDto<ClassSessionDto>>(
            tenant, s => s.GetListAsync(new GetClassSessionListInput { MaxResultCount = 100 }));
        locations.Items.ShouldHaveSingleItem().TimeZoneId.ShouldBe(BookingsDemoDataSeedContributor.LocationTimeZoneId);
        classTypes.Items.Select(c => c.Name).ShouldBe(["Open Gym", "WOD", "Yoga Flow"]);
        sessions.TotalCount.ShouldBe(26);
        var newYork = TimeZoneInfo.FindSystemTimeZoneById(BookingsDemoDataSeedContributor.LocationTimeZoneId);
        sessions.Items.Where(s => s.ClassTypeName == "WOD")
            .Select(s => TimeZoneInfo.ConvertTimeFromUtc(s.StartsAtUtc, newYork).TimeOfDay)
            .Distinct()
            .ShouldBe([new TimeSpan(6, 0, 0), new TimeSpan(18, 30, 0)], ignoreOrder: true);
    }

    [Fact]
    public async Task SeedAsync_WithoutDemoData_AddsNoBookingsData()
    {
        var tenant = await fixture.CreateTenantAsync();

        var locations = await _scenario.AsAdminAsync<ILocationAppService, PagedResultDto<LocationDto>>(tenant, s => s.GetListAsync(new GetLocationListInput()));

        locations.TotalCount.ShouldBe(0);
    }

    private async Task SeedDemoAsync(TestTenant tenant)
    {
        await using var scope = fixture.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IDataSeeder>().SeedAsync(new DataSeedContext(tenant.Id) { IncludeDemoData = true });
    }
}
