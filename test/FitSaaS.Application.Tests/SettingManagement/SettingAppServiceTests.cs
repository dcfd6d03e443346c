using FitSaaS.Bookings;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Identity;
using FitSaaS.SettingManagement;
using FitSaaS.Testing;

namespace FitSaaS.Application.Tests.SettingManagement;

public abstract class SettingAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : SettingAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : SettingAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly SettingsScenario _scenario = new(fixture);

    [Fact]
    public async Task UpdateTenantAsync_UnknownSetting_ThrowsUnknownSetting()
    {
        var tenant = await fixture.CreateTenantAsync();

        var exception = await Should.ThrowAsync<BusinessException>(() => _scenario.SetTenantAsync(tenant, "No.Such.Setting", "1"));

        exception.Code.ShouldBe(SettingManagementErrorCodes.UnknownSetting);
    }

    [Fact]
    public async Task UpdateUserAsync_TenantOnlySetting_ThrowsLevelNotAllowed()
    {
        var tenant = await fixture.CreateTenantAsync();
        var member = await fixture.CreateUserAsync(tenant.Id, "sneaky", IdentityConsts.MemberRole);

        var exception = await Should.ThrowAsync<BusinessException>(
            () => _scenario.SetUserAsync(tenant.Id, member, BookingsSettingNames.CancellationCutoffMinutes, "0"));

        exception.Code.ShouldBe(SettingManagementErrorCodes.LevelNotAllowed);
    }

    [Fact]
    public async Task UpdateTenantAsync_AsMember_ThrowsAuthorization()
    {
        var tenant = await fixture.CreateTenantAsync();
        var member = await fixture.CreateUserAsync(tenant.Id, "member", IdentityConsts.MemberRole);

        await Should.ThrowAsync<AuthorizationException>(() => _scenario.AsAsync<ISettingAppService, IReadOnlyList<SettingDto>>(
            tenant.Id, member, IdentityConsts.MemberRole, s => s.UpdateTenantAsync(SettingsScenario.Update(BookingsSettingNames.CancellationCutoffMinutes, "600"))));

        (await _scenario.ResolveAsync(tenant.Id, member, BookingsSettingNames.CancellationCutoffMinutes)).ShouldBe("0");
    }

    [Fact]
    public async Task UpdateGlobalAsync_AsTenantAdmin_ThrowsAuthorization()
    {
        var tenant = await fixture.CreateTenantAsync();

        await Should.ThrowAsync<AuthorizationException>(() => _scenario.AsAsync<ISettingAppService, IReadOnlyList<SettingDto>>(
            tenant.Id, tenant.AdminUserId, IdentityConsts.AdminRole, s => s.UpdateGlobalAsync(SettingsScenario.Update(BookingsSettingNames.DefaultTimeZone, "Europe/Rome"))));
    }

    [Fact]
    public async Task GetTenantAsync_TwoTenants_EachSeesAndChangesOnlyItsOwnValues()
    {
        var gymA = await fixture.CreateTenantAsync();
        var gymB = await fixture.CreateTenantAsync();
        await _scenario.SetTenantAsync(gymA, BookingsSettingNames.CancellationCutoffMinutes, "120");

        await _scenario.SetTenantAsync(gymB, BookingsSettingNames.CancellationCutoffMinutes, "15");
        var seenByA = await _scenario.AsAsync<ISettingAppService, IReadOnlyList<SettingDto>>(gymA.Id, gymA.AdminUserId, IdentityConsts.AdminRole, s => s.GetTenantAsync());
        var seenByB = await _scenario.AsAsync<ISettingAppService, IReadOnlyList<SettingDto>>(gymB.Id, gymB.AdminUserId, IdentityConsts.AdminRole, s => s.GetTenantAsync());

        seenByA.Single(s => s.Name == BookingsSettingNames.CancellationCutoffMinutes).Value.ShouldBe("120");
        seenByB.Single(s => s.Name == BookingsSettingNames.CancellationCutoffMinutes).Value.ShouldBe("15");
        seenByB.Single(s => s.Name == BookingsSettingNames.DefaultTimeZone).HasValue.ShouldBeFalse();
    }

    [Fact]
    public async Task GetAsync_AsMember_ReturnsVisibleResolvedValuesOnly()
    {
        var tenant = await fixture.CreateTenantAsync();
        var member = await fixture.CreateUserAsync(tenant.Id, "viewer", IdentityConsts.MemberRole);
        await _scenario.SetTenantAsync(tenant, BookingsSettingNames.CancellationCutoffMinutes, "30");
        await _scenario.SetTenantAsync(tenant, EmailingSettingNames.SmtpPassword, "s3cret");

        var values = await _scenario.AsAsync<ISettingAppService, IReadOnlyList<SettingValueDto>>(tenant.Id, member, IdentityConsts.MemberRole, s => s.GetAsync());

        values.Single(v => v.Name == BookingsSettingNames.CancellationCutoffMinutes).Value.ShouldBe("30");
        values.Single(v => v.Name == IdentitySettingNames.RequiredLength).Value.ShouldBe("6");
        values.ShouldNotContain(v => v.Name == EmailingSettingNames.SmtpPassword || v.Name == IdentitySettingNames.MaxFailedAccessAttempts);
    }
}
