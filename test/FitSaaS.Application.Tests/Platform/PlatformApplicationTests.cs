using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Data;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;
using FitSaaS.TenantManagement;
using FitSaaS.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Platform;

public abstract class PlatformApplicationTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : PlatformApplicationTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : PlatformApplicationTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    [Fact]
    public async Task CreateAsync_WeakAdminPassword_RollsBackTheTenantToo()
    {
        var hostAdmin = await fixture.GetHostAdminIdAsync();
        using var _ = fixture.RunAs(null, hostAdmin, "admin", "admin");
        await using var scope = fixture.CreateScope();
        var tenants = scope.ServiceProvider.GetRequiredService<ITenantAppService>();

        var ex = await Should.ThrowAsync<FitSaaSValidationException>(() =>
            tenants.CreateAsync(new CreateTenantDto { Name = "half-written", AdminEmail = "a@b.test", AdminPassword = "password" }));

        ex.Errors.Keys.ShouldContain("adminPassword");
        (await tenants.GetListAsync(new GetTenantListInput { Filter = "half-written" })).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task InProcessCall_InvalidDto_IsValidatedBeforeTheDomain()
    {
        var hostAdmin = await fixture.GetHostAdminIdAsync();
        using var _ = fixture.RunAs(null, hostAdmin, "admin", "admin");
        await using var scope = fixture.CreateScope();

        var ex = await Should.ThrowAsync<FitSaaSValidationException>(() => scope.ServiceProvider.GetRequiredService<ITenantAppService>()
            .CreateAsync(new CreateTenantDto { Name = "UPPER CASE", AdminEmail = "not-an-email", AdminPassword = "x" }));

        ex.Errors.Keys.ShouldBe(["name", "adminEmail", "adminPassword"], ignoreOrder: true);
    }

    [Fact]
    public async Task InProcessCall_WithoutPermission_IsRefused()
    {
        var tenant = await fixture.CreateTenantAsync();
        await using var scope = fixture.CreateScope();
        var tenants = scope.ServiceProvider.GetRequiredService<ITenantAppService>();

        AuthorizationException forbidden;
        using (fixture.RunAs(tenant.Id, tenant.AdminUserId, "admin", "admin"))
        {
            forbidden = await Should.ThrowAsync<AuthorizationException>(() => tenants.GetListAsync(new GetTenantListInput()));
        }

        AuthorizationException anonymous;
        using (fixture.RunAsAnonymous(null))
        {
            anonymous = await Should.ThrowAsync<AuthorizationException>(() => tenants.GetListAsync(new GetTenantListInput()));
        }

        forbidden.Code.ShouldBe(AuthorizationException.ForbiddenCode);
        forbidden.PermissionName.ShouldBe(TenantManagementPermissions.Tenants.Default);
        anonymous.Code.ShouldBe(AuthorizationException.UnauthenticatedCode);
    }

    [Fact]
    public async Task PermissionChecker_HonoursSideAndRoleGrants()
    {
        var tenant = await fixture.CreateTenantAsync();
        var member = await fixture.CreateUserAsync(tenant.Id, "pat", IdentityConsts.MemberRole);
        var hostAdmin = await fixture.GetHostAdminIdAsync();

        bool hostCanManageTenants, adminCanManageTenants, memberCanCreateLocations, adminCanCreateLocations, unknown;
        using (fixture.RunAs(null, hostAdmin, "admin", "admin"))
        {
            await using var scope = fixture.CreateScope();
            hostCanManageTenants = await scope.ServiceProvider.GetRequiredService<IPermissionChecker>().IsGrantedAsync(TenantManagementPermissions.Tenants.Create);
        }

        using (fixture.RunAs(tenant.Id, tenant.AdminUserId, "admin", "admin"))
        {
            await using var scope = fixture.CreateScope();
            var checker = scope.ServiceProvider.GetRequiredService<IPermissionChecker>();
            adminCanManageTenants = await checker.IsGrantedAsync(TenantManagementPermissions.Tenants.Create);
            adminCanCreateLocations = await checker.IsGrantedAsync("FitSaaS.Bookings.Locations.Create");
            unknown = await checker.IsGrantedAsync("FitSaaS.Nope");
        }

        using (fixture.RunAs(tenant.Id, member, "pat", IdentityConsts.MemberRole))
        {
            await using var scope = fixture.CreateScope();
            memberCanCreateLocations = await scope.ServiceProvider.GetRequiredService<IPermissionChecker>().IsGrantedAsync("FitSaaS.Bookings.Locations.Create");
        }

        hostCanManageTenants.ShouldBeTrue();
        adminCanManageTenants.ShouldBeFalse();
        adminCanCreateLocations.ShouldBeTrue();
        memberCanCreateLocations.ShouldBeFalse();
        unknown.ShouldBeFalse();
    }

    [Fact]
    public async Task Deactivate_InvalidatesTheTenantCache_AndAuditsTheChange()
    {
        var tenant = await fixture.CreateTenantAsync();
        var hostAdmin = await fixture.GetHostAdminIdAsync();
        await using var storeScope = fixture.CreateScope();
        var store = storeScope.ServiceProvider.GetRequiredService<ITenantStore>();
        (await store.FindAsync(tenant.Id))!.IsActive.ShouldBeTrue();

        using (fixture.RunAs(null, hostAdmin, "admin", "admin"))
        {
            await using var scope = fixture.CreateScope();
            await scope.ServiceProvider.GetRequiredService<ITenantAppService>().DeactivateAsync(tenant.Id);
        }

        (await store.FindAsync(tenant.Id))!.IsActive.ShouldBeFalse();
        (await store.FindAsync(tenant.Name))!.IsActive.ShouldBeFalse();
        await using var check = fixture.CreateScope();
        var row = await check.ServiceProvider.GetRequiredService<ITenantRepository>().GetAsync(tenant.Id);
        row.CreatorId.ShouldBe(hostAdmin);
        row.LastModifierId.ShouldBe(hostAdmin);
        row.LastModificationTime.ShouldNotBeNull();
    }

    [Fact]
    public async Task Delete_IsSoft_AndHiddenByTheFilter()
    {
        var tenant = await fixture.CreateTenantAsync();
        var hostAdmin = await fixture.GetHostAdminIdAsync();
        using (fixture.RunAs(null, hostAdmin, "admin", "admin"))
        {
            await using var scope = fixture.CreateScope();
            await scope.ServiceProvider.GetRequiredService<ITenantAppService>().DeleteAsync(tenant.Id);
        }

        await using var check = fixture.CreateScope();
        var repository = check.ServiceProvider.GetRequiredService<ITenantRepository>();
        (await repository.FindAsync(tenant.Id)).ShouldBeNull();
        (await check.ServiceProvider.GetRequiredService<ITenantStore>().FindAsync(tenant.Id)).ShouldBeNull();
        using (fixture.Services.GetRequiredService<IDataFilter>().Disable<ISoftDelete>())
        {
            var deleted = await repository.FindAsync(tenant.Id);
            deleted.ShouldNotBeNull();
            deleted.IsDeleted.ShouldBeTrue();
            deleted.DeleterId.ShouldBe(hostAdmin);
            deleted.DeletionTime.ShouldNotBeNull();
        }
    }

    [Fact]
    public async Task TenantFilter_IsolatesRows_AndTenantIdIsStampedOnInsert()
    {
        var a = await fixture.CreateTenantAsync();
        var b = await fixture.CreateTenantAsync();
        var userInA = await fixture.CreateUserAsync(a.Id, "only-in-a", IdentityConsts.StaffRole);

        using (fixture.Services.GetRequiredService<ICurrentTenant>().Change(b.Id))
        {
            await using var scope = fixture.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            (await users.FindByIdAsync(userInA.ToString())).ShouldBeNull();
            (await users.FindByNameAsync("only-in-a")).ShouldBeNull();
            (await scope.ServiceProvider.GetRequiredService<IIdentityUserReadRepository>().GetRolesWithUserCountsAsync()).Count.ShouldBe(3);
        }

        using (fixture.Services.GetRequiredService<ICurrentTenant>().Change(a.Id))
        {
            await using var scope = fixture.CreateScope();
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(userInA.ToString());
            user!.TenantId.ShouldBe(a.Id);
        }
    }

    [Fact]
    public async Task SaveChanges_RowOfAnotherTenant_IsRefused()
    {
        var a = await fixture.CreateTenantAsync();
        var b = await fixture.CreateTenantAsync();
        await using var scope = fixture.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FitSaaS.EntityFrameworkCore.FitSaaSDbContext>();
        AppRole role;
        using (fixture.Services.GetRequiredService<ICurrentTenant>().Change(a.Id))
        {
            role = await db.Set<AppRole>().FirstAsync();
        }

        using (fixture.Services.GetRequiredService<ICurrentTenant>().Change(b.Id))
        {
            role.Name = "hijacked";
            await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }
    }
}
