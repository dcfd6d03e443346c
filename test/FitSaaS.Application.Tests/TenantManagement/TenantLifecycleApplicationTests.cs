using FitSaaS.EntityFrameworkCore;
using FitSaaS.EntityFrameworkCore.TenantManagement;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;
using FitSaaS.TenantManagement;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.TenantManagement;

public abstract class TenantLifecycleApplicationTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : TenantLifecycleApplicationTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : TenantLifecycleApplicationTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    [Fact]
    public async Task Purge_RemovesEveryRowOfTheDeletedTenant_AndNoneOfAnother()
    {
        var tenantA = await fixture.CreateTenantAsync();
        var tenantB = await fixture.CreateTenantAsync();
        await fixture.CreateUserAsync(tenantB.Id, "coach", "staff");
        await AsHostAdminAsync(tenants => tenants.AddDomainAsync(tenantB.Id, new AddTenantDomainDto { HostName = $"{tenantB.Name}.example.com" }));
        await AsHostAdminAsync(tenants => tenants.DeleteAsync(tenantB.Id));
        var rowsOfA = await CountTenantRowsAsync(tenantA.Id);
        var rowsOfB = await CountTenantRowsAsync(tenantB.Id);
        rowsOfB["Users"].ShouldBe(2);

        await using var scope = fixture.CreateScope();
        var purge = scope.ServiceProvider.GetRequiredService<TenantPurgeService>();
        var plan = await purge.PlanAsync(tenantB.Name);
        (await CountTenantRowsAsync(tenantB.Id)).ShouldBe(rowsOfB);
        var report = await purge.PurgeAsync(tenantB.Id.ToString(), dropDatabase: false);

        plan.Tables.Single(t => t.Table == "Users").Rows.ShouldBe(2);
        report.Tables.Single(t => t.Table == "Users").Rows.ShouldBe(2);
        report.Tables.Single(t => t.Table == "Tenants").Rows.ShouldBe(1);
        (await CountTenantRowsAsync(tenantB.Id)).Values.ShouldAllBe(count => count == 0);
        (await CountTenantRowsAsync(tenantA.Id)).ShouldBe(rowsOfA);
        await using var check = fixture.CreateScope();
        var host = await check.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(null);
        (await host.Set<Tenant>().IgnoreQueryFilters().AnyAsync(t => t.Id == tenantB.Id)).ShouldBeFalse();
        (await host.Set<TenantDomain>().AnyAsync(d => d.TenantId == tenantB.Id)).ShouldBeFalse();
        (await host.Set<Tenant>().AnyAsync(t => t.Id == tenantA.Id)).ShouldBeTrue();
    }

    [Fact]
    public async Task GetListAsync_IsActiveFilter_SeparatesDeactivatedTenants()
    {
        var prefix = $"act-{Guid.NewGuid():N}"[..12];
        var active = await fixture.CreateTenantAsync($"{prefix}-a");
        var inactive = await fixture.CreateTenantAsync($"{prefix}-b");
        await AsHostAdminAsync(tenants => tenants.DeactivateAsync(inactive.Id));

        var onlyInactive = await AsHostAdminAsync(tenants => tenants.GetListAsync(new GetTenantListInput { Filter = prefix, IsActive = false }));
        var onlyActive = await AsHostAdminAsync(tenants => tenants.GetListAsync(new GetTenantListInput { Filter = prefix, IsActive = true }));
        var both = await AsHostAdminAsync(tenants => tenants.GetListAsync(new GetTenantListInput { Filter = prefix, Sorting = "name desc" }));

        onlyInactive.Items.ShouldHaveSingleItem().Id.ShouldBe(inactive.Id);
        onlyInactive.Items[0].IsActive.ShouldBeFalse();
        onlyActive.Items.ShouldHaveSingleItem().Id.ShouldBe(active.Id);
        both.Items.Select(t => t.Id).ShouldBe([inactive.Id, active.Id]);
    }

    [Fact]
    public async Task Purge_ActiveTenant_IsRefusedAndChangesNothing()
    {
        var tenant = await fixture.CreateTenantAsync();
        var before = await CountTenantRowsAsync(tenant.Id);
        await using var scope = fixture.CreateScope();
        var purge = scope.ServiceProvider.GetRequiredService<TenantPurgeService>();

        var notDeleted = await Should.ThrowAsync<BusinessException>(() => purge.PurgeAsync(tenant.Name, dropDatabase: false));
        var unknown = await Should.ThrowAsync<BusinessException>(() => purge.PurgeAsync("no-such-gym", dropDatabase: false));

        notDeleted.Code.ShouldBe(TenantManagementErrorCodes.TenantNotDeleted);
        unknown.Code.ShouldBe(MultiTenancyErrorCodes.TenantNotFound);
        (await CountTenantRowsAsync(tenant.Id)).ShouldBe(before);
    }

    [Fact]
    public async Task Domains_AddResolveDuplicateRemove()
    {
        var tenantA = await fixture.CreateTenantAsync();
        var tenantB = await fixture.CreateTenantAsync();
        var host = $"Book.{tenantA.Name}.Example.com.";
        await using var scope = fixture.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<ITenantStore>();
        (await store.FindByHostAsync(host)).ShouldBeNull();

        var added = await AsHostAdminAsync(tenants => tenants.AddDomainAsync(tenantA.Id, new AddTenantDomainDto { HostName = host }));
        var duplicate = await Should.ThrowAsync<BusinessException>(() =>
            AsHostAdminAsync(tenants => tenants.AddDomainAsync(tenantB.Id, new AddTenantDomainDto { HostName = host.ToUpperInvariant() })));
        var invalid = await Should.ThrowAsync<FitSaaSValidationException>(() =>
            AsHostAdminAsync(tenants => tenants.AddDomainAsync(tenantB.Id, new AddTenantDomainDto { HostName = "http://x.example.com/path" })));

        added.Domains.ShouldBe([$"book.{tenantA.Name}.example.com"]);
        duplicate.Code.ShouldBe(TenantManagementErrorCodes.DuplicateDomain);
        invalid.Errors.Keys.ShouldContain("hostName");
        (await store.FindByHostAsync($"book.{tenantA.Name}.example.com"))!.Id.ShouldBe(tenantA.Id);

        await AsHostAdminAsync(tenants => tenants.RemoveDomainAsync(tenantA.Id, host));

        (await store.FindByHostAsync($"book.{tenantA.Name}.example.com")).ShouldBeNull();
        await Should.ThrowAsync<EntityNotFoundException>(() => AsHostAdminAsync(tenants => tenants.RemoveDomainAsync(tenantA.Id, host)));
    }

    [Fact]
    public async Task Create_WithConnectionStringOnSqlite_IsRefusedAndCreatesNothing()
    {
        Assert.SkipWhen(TestDatabase.IsPostgreSql, "SQLite lane: own databases are refused there.");

        var ex = await Should.ThrowAsync<BusinessException>(() => AsHostAdminAsync(tenants => tenants.CreateAsync(new CreateTenantDto
        {
            Name = "own-db-on-sqlite", AdminEmail = "a@own.test", AdminPassword = TestUsers.Password, ConnectionString = "Data Source=other.db",
        })));

        ex.Code.ShouldBe(TenantManagementErrorCodes.OwnDatabaseNotSupported);
        (await AsHostAdminAsync(tenants => tenants.GetListAsync(new GetTenantListInput { Filter = "own-db-on-sqlite" }))).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Migrator_SecondRun_SkipsUpToDateTenants()
    {
        var tenant = await fixture.CreateTenantAsync();
        var migrator = fixture.Services.GetRequiredService<DbMigrationService>();

        var first = await migrator.MigrateAsync(new DbMigrationRunOptions());
        var second = await migrator.MigrateAsync(new DbMigrationRunOptions());

        first.Single(r => r.TenantId == tenant.Id).ShouldSatisfyAllConditions(
            r => r.State.ShouldBe(TenantMigrationState.Succeeded),
            r => r.Skipped.ShouldBeFalse(),
            r => r.LastAppliedMigration.ShouldNotBeNull());
        second.Single(r => r.TenantId == tenant.Id).Skipped.ShouldBeTrue();
        second.ShouldAllBe(r => r.State == TenantMigrationState.Succeeded);
    }

    private async Task<T> AsHostAdminAsync<T>(Func<ITenantAppService, Task<T>> action)
    {
        var hostAdmin = await fixture.GetHostAdminIdAsync();
        using var _ = fixture.RunAs(null, hostAdmin, IdentityConsts.AdminUserName, IdentityConsts.AdminRole);
        await using var scope = fixture.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<ITenantAppService>());
    }

    private async Task AsHostAdminAsync(Func<ITenantAppService, Task> action) =>
        await AsHostAdminAsync(async tenants =>
        {
            await action(tenants);
            return true;
        });

    /// <summary>Rows per table holding <paramref name="tenantId"/> in every table with a TenantId column of the host database.</summary>
    private async Task<Dictionary<string, long>> CountTenantRowsAsync(Guid tenantId)
    {
        await using var scope = fixture.CreateScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(null);
        using var crossTenant = scope.ServiceProvider.GetRequiredService<ICrossTenantAccessor>().Begin("Test: count a tenant's rows in every table");
        var sql = db.GetService<ISqlGenerationHelper>();
        var counts = new Dictionary<string, long>();
        foreach (var type in db.Model.GetEntityTypes().Where(t => t.BaseType is null && !t.IsOwned() && t.FindProperty("TenantId") is not null))
        {
            var query = "SELECT COUNT(*) AS " + sql.DelimitIdentifier("Value") + " FROM " + sql.DelimitIdentifier(type.GetTableName()!) +
                " WHERE " + sql.DelimitIdentifier(type.FindProperty("TenantId")!.GetColumnName()) + " = {0}";
            counts[type.GetTableName()!] = await db.Database.SqlQueryRaw<long>(query, tenantId).SingleAsync();
        }

        return counts;
    }
}
