using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Caching;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Identity;
using FitSaaS.PermissionManagement;
using FitSaaS.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.PermissionManagement;

public abstract class PermissionGrantStoreTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : PermissionGrantStoreTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : PermissionGrantStoreTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private const string LocationsCreate = "FitSaaS.Bookings.Locations.Create";

    [Fact]
    public async Task GrantSet_IsUserGrantsUnionRoleGrants_FromTheDatabaseRoles()
    {
        var tenant = await fixture.CreateTenantAsync();
        var userId = await fixture.CreateUserAsync(tenant.Id, "mixed", IdentityConsts.MemberRole);
        await GrantAsync(tenant, PermissionGrant.UserProvider, userId.ToString(), "FitSaaS.Bookings.Locations", LocationsCreate);

        // The token claims no roles at all: the store uses the roles held in the database.
        var set = await GrantSetAsync(tenant.Id, userId);

        set.ShouldContain(LocationsCreate);
        set.ShouldContain("FitSaaS.Bookings.ClassSessions");
        set.ShouldNotContain("FitSaaS.Bookings.ClassSessions.Create");
    }

    [Fact]
    public async Task AddingARole_InvalidatesTheCachedSetAtOnce()
    {
        var tenant = await fixture.CreateTenantAsync();
        var userId = await fixture.CreateUserAsync(tenant.Id, "promoted", IdentityConsts.MemberRole);
        (await GrantSetAsync(tenant.Id, userId)).ShouldNotContain("FitSaaS.Bookings.ClassSessions.Create");

        using (fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenant.Id))
        {
            await using var scope = fixture.CreateScope();
            await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            (await users.AddToRoleAsync((await users.FindByIdAsync(userId.ToString()))!, IdentityConsts.StaffRole)).Succeeded.ShouldBeTrue();
            await unitOfWork.CompleteAsync();
        }

        (await GrantSetAsync(tenant.Id, userId)).ShouldContain("FitSaaS.Bookings.ClassSessions.Create");
    }

    [Fact]
    public async Task GrantSet_IsCached_InTheDistributedCache_UnderTheTenantsStamp()
    {
        var tenant = await fixture.CreateTenantAsync();
        var userId = await fixture.CreateUserAsync(tenant.Id, "cached", IdentityConsts.StaffRole);

        var first = await GrantSetAsync(tenant.Id, userId);
        var second = await GrantSetAsync(tenant.Id, userId);

        second.ShouldBe(first, ignoreOrder: true);
        var stamp = await fixture.Services.GetRequiredService<PermissionGrantCache>().GetStampAsync(tenant.Id);
        var cached = await fixture.Services.GetRequiredService<IDistributedCache<PermissionGrantCacheItem>>().GetAsync($"{tenant.Id:N}:{stamp}:U:{userId:N}");
        cached.ShouldNotBeNull().Names.ShouldBe(first, ignoreOrder: true);
        fixture.Services.GetRequiredService<IDistributedCache<PermissionGrantCacheItem>>().NormalizeKey("x").ShouldNotContain("t:");

        // A grant change renews the tenant's stamp: the cached set is no longer reachable.
        await GrantAsync(tenant, PermissionGrant.UserProvider, userId.ToString(), LocationsCreate);
        (await fixture.Services.GetRequiredService<PermissionGrantCache>().GetStampAsync(tenant.Id)).ShouldNotBe(stamp);
        (await GrantSetAsync(tenant.Id, userId)).ShouldContain(LocationsCreate);
    }

    [Fact]
    public async Task Update_RoleOfAnotherTenant_IsUnknownKey()
    {
        var a = await fixture.CreateTenantAsync();
        var b = await fixture.CreateTenantAsync();
        var userInA = await fixture.CreateUserAsync(a.Id, "in-a", IdentityConsts.StaffRole);
        using var _ = fixture.RunAs(b.Id, b.AdminUserId, "admin", IdentityConsts.AdminRole);
        await using var scope = fixture.CreateScope();

        var ex = await Should.ThrowAsync<BusinessException>(() => scope.ServiceProvider.GetRequiredService<IPermissionAppService>()
            .UpdateAsync(PermissionGrant.UserProvider, userInA.ToString(), new UpdatePermissionsDto { Permissions = [new UpdatePermissionDto { Name = LocationsCreate, IsGranted = true }] }));

        ex.Code.ShouldBe(PermissionManagementErrorCodes.UnknownProviderKey);
    }

    private async Task GrantAsync(TestTenant tenant, string providerName, string providerKey, params string[] names)
    {
        using var _ = fixture.RunAs(tenant.Id, tenant.AdminUserId, "admin", IdentityConsts.AdminRole);
        await using var scope = fixture.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IPermissionAppService>().UpdateAsync(providerName, providerKey,
            new UpdatePermissionsDto { Permissions = names.Select(n => new UpdatePermissionDto { Name = n, IsGranted = true }).ToList() });
    }

    private async Task<IReadOnlySet<string>> GrantSetAsync(Guid tenantId, Guid userId)
    {
        await using var scope = fixture.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IPermissionGrantStore>()
            .GetGrantSetAsync(new PermissionSubject(tenantId, userId, null, []));
    }
}
