using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;
using FitSaaS.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.SettingManagement;

public abstract class IdentitySettingsTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : IdentitySettingsTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : IdentitySettingsTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly SettingsScenario _scenario = new(fixture);

    [Fact]
    public async Task ApplyLockoutAsync_TenantSettings_SetThisManagersLockoutOnly()
    {
        var tenant = await fixture.CreateTenantAsync();
        await _scenario.SetTenantAsync(tenant, IdentitySettingNames.MaxFailedAccessAttempts, "2");
        await _scenario.SetTenantAsync(tenant, IdentitySettingNames.LockoutDurationMinutes, "30");
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenant.Id);
        await using var scope = fixture.CreateScope();
        await using var otherScope = fixture.CreateScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var otherManager = otherScope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        await scope.ServiceProvider.GetRequiredService<IdentitySettingsApplier>().ApplyLockoutAsync(userManager);

        userManager.Options.Lockout.MaxFailedAccessAttempts.ShouldBe(2);
        userManager.Options.Lockout.DefaultLockoutTimeSpan.ShouldBe(TimeSpan.FromMinutes(30));
        otherManager.Options.Lockout.MaxFailedAccessAttempts.ShouldBe(5);
        otherManager.Options.Lockout.DefaultLockoutTimeSpan.ShouldBe(TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task CreateUserAsync_TenantPolicyWithoutSymbolsButLonger_AppliesPerTenant()
    {
        var strict = await fixture.CreateTenantAsync();
        var relaxed = await fixture.CreateTenantAsync();
        await _scenario.SetTenantAsync(strict, IdentitySettingNames.RequiredLength, "12");
        await _scenario.SetTenantAsync(relaxed, IdentitySettingNames.RequireNonAlphanumeric, "false");

        var strictError = await Should.ThrowAsync<FitSaaSValidationException>(() => CreateUserAsync(strict.Id, "Abcdef12"));
        var relaxedUser = await CreateUserAsync(relaxed.Id, "Abcdef12");

        strictError.Errors.Keys.ShouldBe(["password"]);
        strictError.Errors["password"].Length.ShouldBe(2);
        relaxedUser.ShouldNotBe(Guid.Empty);
    }

    private async Task<Guid> CreateUserAsync(Guid tenantId, string password)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = fixture.CreateScope();
        var userName = $"u{Guid.NewGuid():N}"[..16];
        var user = await scope.ServiceProvider.GetRequiredService<IdentityUserManager>()
            .CreateAsync(userName, $"{userName}@example.test", password, []);
        return user.Id;
    }
}
