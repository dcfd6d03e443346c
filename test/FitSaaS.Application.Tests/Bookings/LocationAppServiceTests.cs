using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Testing;

namespace FitSaaS.Application.Tests.Bookings;

public abstract class LocationAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : LocationAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : LocationAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly BookingsScenario _scenario = new(fixture);

    [Fact]
    public async Task CreateAsync_IanaZone_IsReadableAndListed()
    {
        var tenant = await fixture.CreateTenantAsync();

        var created = await _scenario.AsAdminAsync<ILocationAppService, LocationDto>(
            tenant, s => s.CreateAsync(new CreateLocationDto { Name = " Harbour Box ", TimeZoneId = "Europe/London" }));

        created.Name.ShouldBe("Harbour Box");
        created.TimeZoneId.ShouldBe("Europe/London");
        var read = await _scenario.AsAdminAsync<ILocationAppService, LocationDto>(tenant, s => s.GetAsync(created.Id));
        read.Name.ShouldBe("Harbour Box");
        var list = await _scenario.AsAdminAsync<ILocationAppService, PagedResultDto<LocationDto>>(
            tenant, s => s.GetListAsync(new GetLocationListInput { Filter = "harbour" }));
        list.Items.ShouldHaveSingleItem().Id.ShouldBe(created.Id);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Eastern Standard Time")]
    public async Task CreateAsync_InvalidTimeZone_ThrowsValidationOnTimeZoneId(string timeZoneId)
    {
        var tenant = await fixture.CreateTenantAsync();

        var exception = await Should.ThrowAsync<FitSaaSValidationException>(() => _scenario.AsAdminAsync<ILocationAppService, LocationDto>(
            tenant, s => s.CreateAsync(new CreateLocationDto { Name = "Downtown", TimeZoneId = timeZoneId })));

        exception.Errors.Keys.ShouldBe(["timeZoneId"]);
    }

    [Fact]
    public async Task UpdateAsync_NewNameAndZone_ChangesTheLocationAndItsStamp()
    {
        var tenant = await fixture.CreateTenantAsync();
        var created = await _scenario.AsAdminAsync<ILocationAppService, LocationDto>(
            tenant, s => s.CreateAsync(new CreateLocationDto { Name = "Downtown", TimeZoneId = "America/New_York" }));

        var updated = await _scenario.AsAdminAsync<ILocationAppService, LocationDto>(tenant, s => s.UpdateAsync(
            created.Id, new UpdateLocationDto { Name = "Midtown", TimeZoneId = "America/Chicago", ConcurrencyStamp = created.ConcurrencyStamp }));

        updated.Name.ShouldBe("Midtown");
        updated.TimeZoneId.ShouldBe("America/Chicago");
        updated.ConcurrencyStamp.ShouldNotBe(created.ConcurrencyStamp);
    }

    [Fact]
    public async Task UpdateAsync_StaleConcurrencyStamp_ThrowsConcurrencyConflict()
    {
        var tenant = await fixture.CreateTenantAsync();
        var created = await _scenario.AsAdminAsync<ILocationAppService, LocationDto>(
            tenant, s => s.CreateAsync(new CreateLocationDto { Name = "Downtown", TimeZoneId = "America/New_York" }));
        await _scenario.AsAdminAsync<ILocationAppService, LocationDto>(
            tenant, s => s.UpdateAsync(created.Id, new UpdateLocationDto { Name = "Midtown", TimeZoneId = "America/New_York" }));

        var exception = await Should.ThrowAsync<BusinessException>(() => _scenario.AsAdminAsync<ILocationAppService, LocationDto>(tenant, s => s.UpdateAsync(
            created.Id, new UpdateLocationDto { Name = "Uptown", TimeZoneId = "America/New_York", ConcurrencyStamp = created.ConcurrencyStamp })));

        exception.Code.ShouldBe("FitSaaS:ConcurrencyConflict");
    }

    [Fact]
    public async Task DeleteAsync_LocationWithSessions_ThrowsLocationInUse()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5);

        var exception = await Should.ThrowAsync<BusinessException>(
            () => _scenario.AsAdminAsync<ILocationAppService, bool>(gym.Tenant, async s => { await s.DeleteAsync(gym.Location.Id); return true; }));

        exception.Code.ShouldBe(BookingsErrorCodes.LocationInUse);
    }

    [Fact]
    public async Task DeleteAsync_UnusedLocation_HidesIt()
    {
        var tenant = await fixture.CreateTenantAsync();
        var created = await _scenario.AsAdminAsync<ILocationAppService, LocationDto>(
            tenant, s => s.CreateAsync(new CreateLocationDto { Name = "Pop-up", TimeZoneId = "Asia/Tokyo" }));

        await _scenario.AsAdminAsync<ILocationAppService, bool>(tenant, async s => { await s.DeleteAsync(created.Id); return true; });

        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.AsAdminAsync<ILocationAppService, LocationDto>(tenant, s => s.GetAsync(created.Id)));
    }
}
