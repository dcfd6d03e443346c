using FitSaaS.Bookings;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Identity;
using FitSaaS.Testing;

namespace FitSaaS.Application.Tests.SettingManagement;

public abstract class BookingsSettingsTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : BookingsSettingsTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : BookingsSettingsTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly SettingsScenario _scenario = new(fixture);

    [Fact]
    public async Task CreateLocationAsync_NoTimeZone_UsesTheTenantsDefaultTimeZone()
    {
        var tenant = await fixture.CreateTenantAsync();
        var other = await fixture.CreateTenantAsync();
        await _scenario.SetTenantAsync(tenant, BookingsSettingNames.DefaultTimeZone, "Europe/Berlin");

        var located = await CreateLocationAsync(tenant, timeZoneId: null);
        var explicitZone = await CreateLocationAsync(tenant, "America/Denver");
        var elsewhere = await CreateLocationAsync(other, timeZoneId: null);

        located.TimeZoneId.ShouldBe("Europe/Berlin");
        explicitZone.TimeZoneId.ShouldBe("America/Denver");
        elsewhere.TimeZoneId.ShouldBe("UTC");
    }

    [Fact]
    public async Task CreateLocationAsync_InvalidExplicitTimeZone_StillFailsValidation()
    {
        var tenant = await fixture.CreateTenantAsync();

        var exception = await Should.ThrowAsync<FitSaaSValidationException>(() => CreateLocationAsync(tenant, "Mars/Olympus_Mons"));

        exception.Errors.Keys.ShouldBe(["timeZoneId"]);
    }

    private Task<LocationDto> CreateLocationAsync(TestTenant tenant, string? timeZoneId) =>
        _scenario.AsAsync<ILocationAppService, LocationDto>(tenant.Id, tenant.AdminUserId, IdentityConsts.AdminRole,
            s => s.CreateAsync(new CreateLocationDto { Name = $"Loc {Guid.NewGuid():N}"[..12], TimeZoneId = timeZoneId }));
}
