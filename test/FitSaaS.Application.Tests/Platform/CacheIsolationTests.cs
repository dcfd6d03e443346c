using FitSaaS.Bookings;
using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Settings;
using FitSaaS.Framework.Uow;
using FitSaaS.Identity;
using FitSaaS.PermissionManagement;
using FitSaaS.SettingManagement;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Platform;

/// <summary>
/// Every cache that holds tenant data keys its entries by tenant (ABP issue #9112): two tenants with the same role,
/// user or setting names never read each other's cached entry, whichever tenant filled the cache first.
/// </summary>
public sealed class CacheIsolationTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    private const string LocationsCreate = "FitSaaS.Bookings.Locations.Create";

    [Fact]
    public async Task GrantSets_OfTwoTenantsWithTheSameRoleAndUserNames_AreCachedApart()
    {
        var a = await fixture.CreateTenantAsync();
        var b = await fixture.CreateTenantAsync();
        var coachInA = await fixture.CreateUserAsync(a.Id, "coach", IdentityConsts.MemberRole);
        var coachInB = await fixture.CreateUserAsync(b.Id, "coach", IdentityConsts.MemberRole);
        await GrantToRoleAsync(a, IdentityConsts.MemberRole, LocationsCreate);

        // A first, so its sets are cached when B asks with the same role names / user name.
        (await GrantSetAsync(new PermissionSubject(a.Id, null, null, [IdentityConsts.MemberRole]))).ShouldContain(LocationsCreate);
        (await GrantSetAsync(new PermissionSubject(a.Id, coachInA, null, []))).ShouldContain(LocationsCreate);
        (await GrantSetAsync(new PermissionSubject(b.Id, null, null, [IdentityConsts.MemberRole]))).ShouldNotContain(LocationsCreate);
        (await GrantSetAsync(new PermissionSubject(b.Id, coachInB, null, []))).ShouldNotContain(LocationsCreate);
        (await GrantSetAsync(new PermissionSubject(null, null, null, [IdentityConsts.MemberRole]))).ShouldNotContain(LocationsCreate);

        // Invalidation is per tenant too: a change in B leaves A's grant in place.
        await GrantToRoleAsync(b, IdentityConsts.MemberRole, "FitSaaS.Bookings.ClassTypes.Create");
        (await GrantSetAsync(new PermissionSubject(b.Id, coachInB, null, []))).ShouldContain("FitSaaS.Bookings.ClassTypes.Create");
        (await GrantSetAsync(new PermissionSubject(a.Id, coachInA, null, []))).ShouldNotContain("FitSaaS.Bookings.ClassTypes.Create");
    }

    [Fact]
    public async Task SettingValues_OfTwoTenantsWithTheSameSettingName_AreCachedApart()
    {
        var a = await fixture.CreateTenantAsync();
        var b = await fixture.CreateTenantAsync();
        await SetTenantSettingAsync(a.Id, BookingsSettingNames.CancellationCutoffMinutes, "45");

        (await TenantValueAsync(a.Id, BookingsSettingNames.CancellationCutoffMinutes)).ShouldBe(45);
        (await TenantValueAsync(b.Id, BookingsSettingNames.CancellationCutoffMinutes)).ShouldBe(0);

        await SetTenantSettingAsync(b.Id, BookingsSettingNames.CancellationCutoffMinutes, "90");
        (await TenantValueAsync(b.Id, BookingsSettingNames.CancellationCutoffMinutes)).ShouldBe(90);
        (await TenantValueAsync(a.Id, BookingsSettingNames.CancellationCutoffMinutes)).ShouldBe(45);
    }

    [Fact]
    public void SettingCacheKeys_IncludeTheTenant_EvenForTheSameUserId()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var user = Guid.NewGuid();
        string[] keys =
        [
            SettingStore.CacheKey(SettingScope.Global),
            SettingStore.CacheKey(SettingScope.Tenant(a)),
            SettingStore.CacheKey(SettingScope.Tenant(b)),
            SettingStore.CacheKey(SettingScope.User(a, user)),
            SettingStore.CacheKey(SettingScope.User(b, user)),
            SettingStore.CacheKey(SettingScope.User(null, user)),
        ];

        keys.Distinct(StringComparer.Ordinal).Count().ShouldBe(keys.Length);
        keys[1].ShouldContain(a.ToString());
        keys[3].ShouldContain(a.ToString());
    }

    private async Task GrantToRoleAsync(TestTenant tenant, string role, string permission)
    {
        using var _ = fixture.RunAs(tenant.Id, tenant.AdminUserId, "admin", IdentityConsts.AdminRole);
        await using var scope = fixture.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IPermissionAppService>().UpdateAsync(PermissionGrant.RoleProvider, role,
            new UpdatePermissionsDto { Permissions = [new UpdatePermissionDto { Name = permission, IsGranted = true }] });
    }

    private async Task<IReadOnlySet<string>> GrantSetAsync(PermissionSubject subject)
    {
        await using var scope = fixture.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IPermissionGrantStore>().GetGrantSetAsync(subject);
    }

    private async Task SetTenantSettingAsync(Guid tenantId, string name, string value)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = fixture.CreateScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        await scope.ServiceProvider.GetRequiredService<SettingManager>().SetAsync(SettingScope.Tenant(tenantId), name, value);
        await unitOfWork.CompleteAsync();
    }

    private async Task<int> TenantValueAsync(Guid tenantId, string name)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = fixture.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ISettingProvider>().GetAsync(name, -1);
    }
}
