using FitSaaS.Bookings;
using FitSaaS.Identity;
using FitSaaS.Testing;

namespace FitSaaS.Application.Tests.SettingManagement;

public abstract class SettingResolutionTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : SettingResolutionTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : SettingResolutionTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private const string Name = BookingsSettingNames.DefaultTimeZone;
    private readonly SettingsScenario _scenario = new(fixture);

    [Fact]
    public async Task GetOrNullAsync_EachLevelSetThenRemoved_UserBeatsTenantBeatsGlobalBeatsDefault()
    {
        var tenant = await fixture.CreateTenantAsync();
        var member = await fixture.CreateUserAsync(tenant.Id, "resolver", IdentityConsts.MemberRole);
        var seen = new List<string?> { await _scenario.ResolveAsync(tenant.Id, member, Name) };

        await _scenario.SetGlobalAsync(Name, "Europe/Paris");
        seen.Add(await _scenario.ResolveAsync(tenant.Id, member, Name));
        await _scenario.SetTenantAsync(tenant, Name, "Europe/London");
        seen.Add(await _scenario.ResolveAsync(tenant.Id, member, Name));
        await _scenario.SetUserAsync(tenant.Id, member, Name, "Asia/Tokyo");
        seen.Add(await _scenario.ResolveAsync(tenant.Id, member, Name));
        await _scenario.SetUserAsync(tenant.Id, member, Name, null);
        seen.Add(await _scenario.ResolveAsync(tenant.Id, member, Name));
        await _scenario.SetTenantAsync(tenant, Name, null);
        seen.Add(await _scenario.ResolveAsync(tenant.Id, member, Name));
        await _scenario.SetGlobalAsync(Name, null);
        seen.Add(await _scenario.ResolveAsync(tenant.Id, member, Name));

        seen.ShouldBe(["UTC", "Europe/Paris", "Europe/London", "Asia/Tokyo", "Europe/London", "Europe/Paris", "UTC"]);
    }

    [Fact]
    public async Task GetOrNullAsync_CachedValueChanged_NextReadSeesTheNewValue()
    {
        var tenant = await fixture.CreateTenantAsync();
        var member = await fixture.CreateUserAsync(tenant.Id, "cached", IdentityConsts.MemberRole);
        await _scenario.SetTenantAsync(tenant, BookingsSettingNames.CancellationCutoffMinutes, "60");
        var first = await _scenario.ResolveAsync(tenant.Id, member, BookingsSettingNames.CancellationCutoffMinutes);
        var cachedAgain = await _scenario.ResolveAsync(tenant.Id, member, BookingsSettingNames.CancellationCutoffMinutes);

        await _scenario.SetTenantAsync(tenant, BookingsSettingNames.CancellationCutoffMinutes, "90");
        var afterChange = await _scenario.ResolveAsync(tenant.Id, member, BookingsSettingNames.CancellationCutoffMinutes);

        first.ShouldBe("60");
        cachedAgain.ShouldBe("60");
        afterChange.ShouldBe("90");
    }

    [Fact]
    public async Task GetOrNullAsync_UserLevelValue_IsPerUser()
    {
        var tenant = await fixture.CreateTenantAsync();
        var alice = await fixture.CreateUserAsync(tenant.Id, "alice", IdentityConsts.MemberRole);
        var bob = await fixture.CreateUserAsync(tenant.Id, "bob", IdentityConsts.MemberRole);

        await _scenario.SetUserAsync(tenant.Id, alice, Name, "America/Chicago");

        (await _scenario.ResolveAsync(tenant.Id, alice, Name)).ShouldBe("America/Chicago");
        (await _scenario.ResolveAsync(tenant.Id, bob, Name)).ShouldBe("UTC");
    }
}
