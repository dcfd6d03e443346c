using System.Diagnostics;
using FitSaaS.Application.Tests.FeatureManagement;
using FitSaaS.Application.Tests.SettingManagement;
using FitSaaS.Bookings;
using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Caching;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Settings;
using FitSaaS.Framework.Uow;
using FitSaaS.Identity;
using FitSaaS.PermissionManagement;
using FitSaaS.SettingManagement;
using FitSaaS.TenantManagement;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Caching;

/// <summary>
/// Two "instances" (two root service providers, as two host processes) on one database sharing one real Redis under a key
/// prefix of their own. Without <c>FitSaaS_Test__Redis</c> the tests skip.
/// </summary>
public sealed class TwoInstancesFixture : IAsyncLifetime
{
    public const string SkipReason = "needs a Redis server: set FitSaaS_Test__Redis to a Redis:Configuration string (etc/scripts/test.sh does)";

    private TestDatabase? _database;

    public static string? Redis => Environment.GetEnvironmentVariable("FitSaaS_Test__Redis") is { Length: > 0 } value ? value : null;

    public FitSaaSApplicationFixture A { get; private set; } = null!;

    public FitSaaSApplicationFixture B { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        if (Redis is not { } redis)
        {
            return;
        }

        _database = await TestDatabase.CreateAsync();
        var prefix = $"two-instances-{Guid.NewGuid():N}:";
        var settings = new Dictionary<string, string?> { [CachingServiceCollectionExtensions.RedisConfigurationKey] = redis };
        void Configure(IServiceCollection services) => services.Configure<FitSaaSDistributedCacheOptions>(o => o.KeyPrefix = prefix);
        A = await FitSaaSApplicationFixture.StartInstanceAsync(_database, settings, Configure, migrate: true);
        B = await FitSaaSApplicationFixture.StartInstanceAsync(_database, settings, Configure);
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is null)
        {
            return;
        }

        await A.DisposeAsync();
        await B.DisposeAsync();
        await _database.DisposeAsync();
    }
}

public sealed class TwoInstanceCacheTests(TwoInstancesFixture instances) : IClassFixture<TwoInstancesFixture>
{
    // Once, under a load average of 20–30 on 2 cores, a test of this class never finished (no CPU, no database
    // connection, two Redis connections open); a hang must fail the test rather than stall the whole run.
    private const int HangGuardMilliseconds = 180_000;

    private const string Locations = "FitSaaS.Bookings.Locations";
    private const string LocationsCreate = "FitSaaS.Bookings.Locations.Create";

    /// <summary>The brief's bound: a change made through one instance is enforced by the other within 1 s.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(1);

    [Fact(Timeout = HangGuardMilliseconds)]
    public async Task PermissionGrant_ThroughA_IsEnforcedByB_WithinOneSecond_AndSoIsTheRevoke()
    {
        Assert.SkipWhen(TwoInstancesFixture.Redis is null, TwoInstancesFixture.SkipReason);
        var tenant = await instances.A.CreateTenantAsync();
        var staff = await instances.A.CreateUserAsync(tenant.Id, "coach", IdentityConsts.MemberRole);
        (await IsGrantedAsync(instances.B, tenant.Id, staff, LocationsCreate)).ShouldBeFalse(); // B has the set cached now

        await UpdateGrantAsync(instances.A, tenant, staff, LocationsCreate, granted: true);
        await EventuallyAsync(() => IsGrantedAsync(instances.B, tenant.Id, staff, LocationsCreate), "B enforces the grant made through A");

        await UpdateGrantAsync(instances.A, tenant, staff, LocationsCreate, granted: false);
        await EventuallyAsync(async () => !await IsGrantedAsync(instances.B, tenant.Id, staff, LocationsCreate), "B enforces the revoke made through A");
    }

    [Fact(Timeout = HangGuardMilliseconds)]
    public async Task PermissionGrant_RolledBack_IsNeverCached_NorSeenByEitherInstance()
    {
        Assert.SkipWhen(TwoInstancesFixture.Redis is null, TwoInstancesFixture.SkipReason);
        var tenant = await instances.A.CreateTenantAsync();
        var staff = await instances.A.CreateUserAsync(tenant.Id, "rolled-back", IdentityConsts.MemberRole);
        (await IsGrantedAsync(instances.B, tenant.Id, staff, LocationsCreate)).ShouldBeFalse();

        using (instances.A.RunAs(tenant.Id, tenant.AdminUserId, "admin", IdentityConsts.AdminRole))
        {
            await using var scope = instances.A.CreateScope();
            await using (await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync())
            {
                await scope.ServiceProvider.GetRequiredService<IPermissionAppService>().UpdateAsync(PermissionGrant.UserProvider, staff.ToString(),
                    new UpdatePermissionsDto { Permissions = [new UpdatePermissionDto { Name = Locations, IsGranted = true }, new UpdatePermissionDto { Name = LocationsCreate, IsGranted = true }] });
                await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().Current!.SaveChangesAsync();

                // The unit of work reads its own (uncommitted) grant from the database...
                (await scope.ServiceProvider.GetRequiredService<IPermissionGrantStore>()
                    .GetGrantSetAsync(new PermissionSubject(tenant.Id, staff, null, []))).ShouldContain(LocationsCreate);

                // ...which no other reader sees meanwhile.
                (await IsGrantedAsync(instances.B, tenant.Id, staff, LocationsCreate)).ShouldBeFalse();
            }

            // Disposed without completing: rolled back.
        }

        (await IsGrantedAsync(instances.A, tenant.Id, staff, LocationsCreate)).ShouldBeFalse();
        (await IsGrantedAsync(instances.B, tenant.Id, staff, LocationsCreate)).ShouldBeFalse();
    }

    [Fact(Timeout = HangGuardMilliseconds)]
    public async Task FeatureOverride_EditionChange_AndEditionValues_ThroughA_AreSeenByB_WithinOneSecond()
    {
        Assert.SkipWhen(TwoInstancesFixture.Redis is null, TwoInstancesFixture.SkipReason);
        var onA = new FeatureScenario(instances.A);
        var onB = new FeatureScenario(instances.B);
        var tenant = await instances.A.CreateTenantAsync(editionName: EditionNames.Free);
        (await onB.ReadAsync(tenant, BookingsFeatures.MaxLocations)).ShouldBe("1");

        await onA.SetOverridesAsync(tenant, (BookingsFeatures.MaxLocations, "7"));
        await EventuallyAsync(async () => await onB.ReadAsync(tenant, BookingsFeatures.MaxLocations) == "7", "B sees the override set through A");

        await onA.SetOverridesAsync(tenant, (BookingsFeatures.MaxLocations, null));
        await onA.SetEditionAsync(tenant, EditionNames.Studio);
        await EventuallyAsync(async () => await onB.ReadAsync(tenant, BookingsFeatures.MaxLocations) == "3", "B sees the edition changed through A");

        // A change to an edition's own values reaches every tenant on it (the editions stamp).
        var edition = await onA.AsHostAsync<IEditionAppService, EditionDto>(s =>
            s.CreateAsync(new CreateEditionDto { Name = $"Cache{Guid.NewGuid():N}"[..20], DisplayName = "Cache test" }));
        await onA.AsHostAsync<IEditionAppService, IReadOnlyList<FeatureValueDto>>(s =>
            s.UpdateValuesAsync(edition.Id, FeatureScenario.Values((BookingsFeatures.MaxLocations, "4"))));
        await onA.SetEditionAsync(tenant, edition.Name);
        await EventuallyAsync(async () => await onB.ReadAsync(tenant, BookingsFeatures.MaxLocations) == "4", "B sees the tenant's new edition");

        await onA.AsHostAsync<IEditionAppService, IReadOnlyList<FeatureValueDto>>(s =>
            s.UpdateValuesAsync(edition.Id, FeatureScenario.Values((BookingsFeatures.MaxLocations, "9"))));
        await EventuallyAsync(async () => await onB.ReadAsync(tenant, BookingsFeatures.MaxLocations) == "9", "B sees the edition's values changed through A");
    }

    [Fact(Timeout = HangGuardMilliseconds)]
    public async Task TenantDeactivation_ThroughA_IsSeenByB_WithinOneSecond_ById_AndByName()
    {
        Assert.SkipWhen(TwoInstancesFixture.Redis is null, TwoInstancesFixture.SkipReason);
        var tenant = await instances.A.CreateTenantAsync();
        (await FindOnBAsync(store => store.FindAsync(tenant.Id)))!.IsActive.ShouldBeTrue();
        (await FindOnBAsync(store => store.FindAsync(tenant.Name)))!.IsActive.ShouldBeTrue();

        using (instances.A.RunAs(null, await instances.A.GetHostAdminIdAsync(), IdentityConsts.AdminUserName, IdentityConsts.AdminRole))
        {
            await using var scope = instances.A.CreateScope();
            await scope.ServiceProvider.GetRequiredService<ITenantAppService>().DeactivateAsync(tenant.Id);
        }

        await EventuallyAsync(async () => (await FindOnBAsync(store => store.FindAsync(tenant.Id)))?.IsActive == false, "B sees the deactivation by id");
        await EventuallyAsync(async () => (await FindOnBAsync(store => store.FindAsync(tenant.Name)))?.IsActive == false, "B sees the deactivation by name");
    }

    [Fact(Timeout = HangGuardMilliseconds)]
    public async Task TenantSetting_ThroughA_IsSeenByB_WithinOneSecond()
    {
        Assert.SkipWhen(TwoInstancesFixture.Redis is null, TwoInstancesFixture.SkipReason);
        var onA = new SettingsScenario(instances.A);
        var onB = new SettingsScenario(instances.B);
        var tenant = await instances.A.CreateTenantAsync();
        var member = await instances.A.CreateUserAsync(tenant.Id, "member", IdentityConsts.MemberRole);
        var before = await onB.ResolveAsync(tenant.Id, member, BookingsSettingNames.DefaultTimeZone);
        before.ShouldNotBe("Europe/Berlin");

        await onA.SetTenantAsync(tenant, BookingsSettingNames.DefaultTimeZone, "Europe/Berlin");
        await EventuallyAsync(async () => await onB.ResolveAsync(tenant.Id, member, BookingsSettingNames.DefaultTimeZone) == "Europe/Berlin",
            "B sees the setting changed through A");
    }

    [Fact(Timeout = HangGuardMilliseconds)]
    public async Task SettingAndTenantChanges_RolledBack_AreNeverCached_NorSeenByEitherInstance()
    {
        Assert.SkipWhen(TwoInstancesFixture.Redis is null, TwoInstancesFixture.SkipReason);
        var tenant = await instances.A.CreateTenantAsync();
        var member = await instances.A.CreateUserAsync(tenant.Id, "member", IdentityConsts.MemberRole);
        var onA = new SettingsScenario(instances.A);
        var onB = new SettingsScenario(instances.B);
        (await onB.ResolveAsync(tenant.Id, member, BookingsSettingNames.DefaultTimeZone)).ShouldNotBe("Asia/Tokyo");
        (await FindOnBAsync(store => store.FindAsync(tenant.Id)))!.IsActive.ShouldBeTrue();

        // A tenant-level setting is written in the tenant's context (row-level security on PostgreSQL).
        using (instances.A.RunAs(tenant.Id, tenant.AdminUserId, "admin", IdentityConsts.AdminRole))
        {
            await using var scope = instances.A.CreateScope();
            await using (var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync())
            {
                var settings = scope.ServiceProvider.GetRequiredService<SettingManager>();
                await settings.SetAsync(SettingScope.Tenant(tenant.Id), BookingsSettingNames.DefaultTimeZone, "Asia/Tokyo");
                await unitOfWork.SaveChangesAsync();

                // This unit of work reads its own change; nobody else does.
                (await settings.GetValuesAsync(SettingScope.Tenant(tenant.Id)))[BookingsSettingNames.DefaultTimeZone].ShouldBe("Asia/Tokyo");
                (await onB.ResolveAsync(tenant.Id, member, BookingsSettingNames.DefaultTimeZone)).ShouldNotBe("Asia/Tokyo");
            }
        }

        using (instances.A.RunAs(null, await instances.A.GetHostAdminIdAsync(), IdentityConsts.AdminUserName, IdentityConsts.AdminRole))
        {
            await using var scope = instances.A.CreateScope();
            await using (var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync())
            {
                await scope.ServiceProvider.GetRequiredService<ITenantAppService>().DeactivateAsync(tenant.Id);
                await unitOfWork.SaveChangesAsync();

                // This unit of work reads its own change...
                (await scope.ServiceProvider.GetRequiredService<ITenantStore>().FindAsync(tenant.Id))!.IsActive.ShouldBeFalse();
                (await scope.ServiceProvider.GetRequiredService<ITenantStore>().FindAsync(tenant.Name))!.IsActive.ShouldBeFalse();

                // ...nobody else does.
                (await FindOnBAsync(store => store.FindAsync(tenant.Id)))!.IsActive.ShouldBeTrue();
            }
        }

        (await onA.ResolveAsync(tenant.Id, member, BookingsSettingNames.DefaultTimeZone)).ShouldNotBe("Asia/Tokyo");
        (await onB.ResolveAsync(tenant.Id, member, BookingsSettingNames.DefaultTimeZone)).ShouldNotBe("Asia/Tokyo");
        await using var check = instances.A.CreateScope();
        (await check.ServiceProvider.GetRequiredService<ITenantStore>().FindAsync(tenant.Id))!.IsActive.ShouldBeTrue();
        (await check.ServiceProvider.GetRequiredService<ITenantStore>().FindAsync(tenant.Name))!.IsActive.ShouldBeTrue();
        (await FindOnBAsync(store => store.FindAsync(tenant.Id)))!.IsActive.ShouldBeTrue();
        (await FindOnBAsync(store => store.FindAsync(tenant.Name)))!.IsActive.ShouldBeTrue();
    }

    [Fact(Timeout = HangGuardMilliseconds)]
    public async Task CacheEntries_AreInRedis_WithTheTenantInTheKey()
    {
        Assert.SkipWhen(TwoInstancesFixture.Redis is null, TwoInstancesFixture.SkipReason);
        var tenant = await instances.A.CreateTenantAsync();
        var staff = await instances.A.CreateUserAsync(tenant.Id, "keyed", IdentityConsts.MemberRole);
        await IsGrantedAsync(instances.A, tenant.Id, staff, LocationsCreate);

        // B reads what A cached: the entry is in the shared store, under the tenant's id.
        var stamp = await instances.B.Services.GetRequiredService<PermissionGrantCache>().GetStampAsync(tenant.Id);
        var cache = instances.B.Services.GetRequiredService<IDistributedCache<PermissionGrantCacheItem>>();
        var key = $"{tenant.Id:N}:{stamp}:U:{staff:N}";
        (await cache.GetAsync(key)).ShouldNotBeNull();
        cache.NormalizeKey(key).ShouldContain(tenant.Id.ToString("N"));
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (await condition())
            {
                return;
            }

            if (watch.Elapsed > Deadline)
            {
                throw new ShouldAssertException($"Not within {Deadline.TotalSeconds} s: {what}.");
            }

            await Task.Delay(50);
        }
    }

    private static async Task<bool> IsGrantedAsync(FitSaaSApplicationFixture instance, Guid tenantId, Guid userId, string permission)
    {
        using var _ = instance.RunAs(tenantId, userId, $"user-{userId:N}", IdentityConsts.MemberRole);
        await using var scope = instance.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IPermissionChecker>().IsGrantedAsync(permission);
    }

    private static async Task UpdateGrantAsync(FitSaaSApplicationFixture instance, TestTenant tenant, Guid userId, string permission, bool granted)
    {
        using var _ = instance.RunAs(tenant.Id, tenant.AdminUserId, "admin", IdentityConsts.AdminRole);
        await using var scope = instance.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IPermissionAppService>().UpdateAsync(PermissionGrant.UserProvider, userId.ToString(),
            new UpdatePermissionsDto { Permissions = [new UpdatePermissionDto { Name = Locations, IsGranted = granted }, new UpdatePermissionDto { Name = permission, IsGranted = granted }] });
    }

    private async Task<TenantConfiguration?> FindOnBAsync(Func<ITenantStore, Task<TenantConfiguration?>> find)
    {
        await using var scope = instances.B.CreateScope();
        return await find(scope.ServiceProvider.GetRequiredService<ITenantStore>());
    }
}
