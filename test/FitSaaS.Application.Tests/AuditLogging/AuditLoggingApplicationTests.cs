using FitSaaS.Framework.EntityFrameworkCore;
using System.Text.Json;
using FitSaaS.AuditLogging;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Settings;
using FitSaaS.Framework.Uow;
using FitSaaS.Identity;
using FitSaaS.SettingManagement;
using FitSaaS.TenantManagement;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.AuditLogging;

public abstract class AuditLoggingApplicationTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : AuditLoggingApplicationTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : AuditLoggingApplicationTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    [Fact]
    public async Task CreateTenantAsync_OutsideRequest_RecordsActionWithRedactedPasswordAndCreation()
    {
        var tenant = await fixture.CreateTenantAsync();
        await FlushAsync();

        var details = await FindSingleAsync(new GetAuditLogListInput { EntityTypeFullName = typeof(Tenant).FullName, EntityId = tenant.Id.ToString() });

        // In-process the call is outside any request; through the proxy it is the POST that carried it.
        details.HttpMethod.ShouldBe(fixture.IsRemote ? "POST" : null);
        details.UserName.ShouldBe(IdentityConsts.AdminUserName);
        details.TenantId.ShouldBeNull();
        var action = details.Actions.ShouldHaveSingleItem();
        action.ServiceName.ShouldBe(typeof(ITenantAppService).FullName);
        action.MethodName.ShouldBe(nameof(ITenantAppService.CreateAsync));
        action.Parameters.ShouldContain(tenant.Name);
        action.Parameters.ShouldContain("\"adminPassword\":\"***\"");
        action.Parameters.ShouldNotContain(TestUsers.Password);
        var creation = details.EntityChanges.Single(c => c.EntityTypeFullName == typeof(Tenant).FullName);
        creation.ChangeType.ShouldBe(EntityChangeType.Created);
        creation.PropertyChanges.Single(p => p.PropertyName == nameof(Tenant.Name)).NewValue.ShouldBe($"\"{tenant.Name}\"");
        details.EntityChanges.ShouldContain(c => c.EntityTypeFullName == typeof(AppUser).FullName && c.EntityTenantId == tenant.Id);
    }

    [Fact]
    public async Task DeactivateAsync_Tenant_RecordsOldAndNewValue()
    {
        var tenant = await fixture.CreateTenantAsync();
        using (RunAsHostAdmin(await fixture.GetHostAdminIdAsync()))
        {
            await using var scope = fixture.CreateScope();
            await scope.ServiceProvider.GetRequiredService<ITenantAppService>().DeactivateAsync(tenant.Id);
        }

        await FlushAsync();

        var details = await FindSingleAsync(new GetAuditLogListInput
        {
            EntityTypeFullName = typeof(Tenant).FullName,
            EntityId = tenant.Id.ToString(),
            ChangeType = EntityChangeType.Updated,
        });
        details.Actions.ShouldHaveSingleItem().MethodName.ShouldBe(nameof(ITenantAppService.DeactivateAsync));
        var change = details.EntityChanges.Single(c => c.EntityId == tenant.Id.ToString());
        var isActive = change.PropertyChanges.Single(p => p.PropertyName == nameof(Tenant.IsActive));
        isActive.OriginalValue.ShouldBe("true");
        isActive.NewValue.ShouldBe("false");
        change.PropertyChanges.ShouldNotContain(p => p.PropertyName == "ConcurrencyStamp");
    }

    [Fact]
    public async Task AuditTables_AfterTenantCreation_NeverHoldTheClearAdminPassword()
    {
        var tenant = await fixture.CreateTenantAsync();

        await FlushAsync();

        // Registration is covered over HTTP (AuditLogApiTests); here the tenant's admin password.
        var raw = await ReadAllAuditRowsAsJsonAsync();
        raw.ShouldContain(nameof(ITenantAppService.CreateAsync));
        raw.ShouldContain(tenant.Name);
        raw.ShouldContain("PasswordHash");
        raw.ShouldNotContain(TestUsers.Password);
    }

    [Fact]
    public async Task GetListAsync_TenantAdmin_SeesOnlyOwnTenant_HostSeesAll()
    {
        var tenantA = await fixture.CreateTenantAsync();
        var tenantB = await fixture.CreateTenantAsync();
        var writer = fixture.Services.GetRequiredService<AuditLogWriter>();
        foreach (var tenant in new[] { tenantA, tenantB })
        {
            var entry = NewEntry($"/isolation/{Guid.NewGuid():N}", DateTime.UtcNow);
            entry.TenantId = tenant.Id;
            await writer.SaveAsync(entry, TestContext.Current.CancellationToken);
        }

        await FlushAsync();

        var seenByA = await ListAsAsync(tenantA, new GetAuditLogListInput { MaxResultCount = 1000 });
        var seenByB = await ListAsAsync(tenantB, new GetAuditLogListInput { MaxResultCount = 1000 });
        PagedResultDto<AuditLogDto> seenByHost;
        using (RunAsHostAdmin(await fixture.GetHostAdminIdAsync()))
        {
            await using var scope = fixture.CreateScope();
            seenByHost = await scope.ServiceProvider.GetRequiredService<IAuditLogAppService>().GetListAsync(new GetAuditLogListInput { MaxResultCount = 1000 });
        }

        seenByA.Items.ShouldNotBeEmpty();
        seenByA.Items.ShouldAllBe(e => e.TenantId == tenantA.Id);
        seenByB.Items.ShouldNotBeEmpty();
        seenByB.Items.ShouldAllBe(e => e.TenantId == tenantB.Id);
        seenByHost.Items.ShouldContain(e => e.TenantId == tenantA.Id);
        seenByHost.Items.ShouldContain(e => e.TenantId == tenantB.Id);
        var entryOfA = seenByA.Items[0].Id;
        using (fixture.RunAs(tenantB.Id, tenantB.AdminUserId, IdentityConsts.AdminUserName, IdentityConsts.AdminRole))
        {
            await using var scope = fixture.CreateScope();
            await Should.ThrowAsync<EntityNotFoundException>(() => scope.ServiceProvider.GetRequiredService<IAuditLogAppService>().GetAsync(entryOfA));
        }
    }

    [Fact]
    public async Task ReadCalls_ByDefault_OnlyFailuresAreRecorded_WithTheirArguments()
    {
        var tenant = await fixture.CreateTenantAsync();
        var missing = Guid.NewGuid();
        await ListAsAsync(tenant, new GetAuditLogListInput());
        using (fixture.RunAs(tenant.Id, tenant.AdminUserId, IdentityConsts.AdminUserName, IdentityConsts.AdminRole))
        {
            await using var scope = fixture.CreateScope();
            await Should.ThrowAsync<EntityNotFoundException>(() => scope.ServiceProvider.GetRequiredService<IAuditLogAppService>().GetAsync(missing));
        }

        await FlushAsync();

        var entries = await ListAsHostAsync(new GetAuditLogListInput { MaxResultCount = 1000 }, tenant.Id);
        var failed = entries.ShouldHaveSingleItem();
        failed.Exception!.ShouldContain(nameof(EntityNotFoundException));
        var details = await GetAsHostAsync(failed.Id);
        var action = details.Actions.ShouldHaveSingleItem();
        action.MethodName.ShouldBe(nameof(IAuditLogAppService.GetAsync));
        action.Parameters.ShouldContain(missing.ToString());
    }

    [Fact]
    public async Task ReadCalls_TenantWithGetAuditingSetting_AreRecorded()
    {
        var quiet = await fixture.CreateTenantAsync();
        var audited = await fixture.CreateTenantAsync();
        await SetTenantSettingAsync(audited.Id, AuditLoggingSettingNames.IsEnabledForGetRequests, "true");

        await ListAsAsync(quiet, new GetAuditLogListInput { Url = "quiet-tenant" });
        await ListAsAsync(audited, new GetAuditLogListInput { Url = "audited-tenant" });
        await FlushAsync();

        (await ListAsHostAsync(new GetAuditLogListInput { MaxResultCount = 1000 }, quiet.Id)).ShouldBeEmpty();
        var entry = (await ListAsHostAsync(new GetAuditLogListInput { MaxResultCount = 1000 }, audited.Id)).ShouldHaveSingleItem();
        entry.Exception.ShouldBeNull();
        var action = (await GetAsHostAsync(entry.Id)).Actions.ShouldHaveSingleItem();
        action.MethodName.ShouldBe(nameof(IAuditLogAppService.GetListAsync));
        action.Parameters.ShouldContain("audited-tenant");
    }

    [Fact]
    public async Task GetListAsync_Member_IsForbidden()
    {
        var tenant = await fixture.CreateTenantAsync();
        var member = await fixture.CreateUserAsync(tenant.Id, "plain-member", IdentityConsts.MemberRole);

        using (fixture.RunAs(tenant.Id, member, "plain-member", IdentityConsts.MemberRole))
        {
            await using var scope = fixture.CreateScope();
            var exception = await Should.ThrowAsync<AuthorizationException>(
                () => scope.ServiceProvider.GetRequiredService<IAuditLogAppService>().GetListAsync(new GetAuditLogListInput()));
            exception.PermissionName.ShouldBe(AuditLoggingPermissions.AuditLogs);
        }
    }

    [Fact]
    public async Task GetListAsync_TimeWindowStatusAndChangeTypeFilters_MatchToTheMillisecond()
    {
        var marker = Guid.NewGuid().ToString("N");
        var at = new DateTime(2026, 1, 10, 12, 0, 0, 123, DateTimeKind.Utc);
        var writer = fixture.Services.GetRequiredService<AuditLogWriter>();
        await writer.SaveAsync(NewEntry($"/window/{marker}", at), TestContext.Current.CancellationToken);
        await writer.SaveAsync(NewEntry($"/window/{marker}", at.AddMilliseconds(1)), TestContext.Current.CancellationToken);
        await writer.SaveAsync(NewEntry($"/window/{marker}", at.AddHours(1)), TestContext.Current.CancellationToken);
        await FlushAsync();
        var hostAdminId = await fixture.GetHostAdminIdAsync();

        PagedResultDto<AuditLogDto> exact, fromOn, updated, created;
        using (RunAsHostAdmin(hostAdminId))
        {
            await using var scope = fixture.CreateScope();
            var service = scope.ServiceProvider.GetRequiredService<IAuditLogAppService>();
            exact = await service.GetListAsync(new GetAuditLogListInput { Url = marker, FromUtc = at, ToUtc = at.AddMilliseconds(1) });
            fromOn = await service.GetListAsync(new GetAuditLogListInput
            {
                // Bounded above: through the proxies the GET requests of this test are audited too, with the marker in their URL.
                Url = marker, FromUtc = at.AddMilliseconds(1), ToUtc = at.AddDays(1), HttpStatusCode = 200, HasException = false, Sorting = "executionTime desc",
            });
            updated = await service.GetListAsync(new GetAuditLogListInput { Url = marker, EntityId = marker, ChangeType = EntityChangeType.Updated });
            created = await service.GetListAsync(new GetAuditLogListInput { Url = marker, ChangeType = EntityChangeType.Created });
        }

        var single = exact.Items.ShouldHaveSingleItem();
        single.ExecutionTimeUtc.ShouldBe(at);
        single.ExecutionTimeUtc.Kind.ShouldBe(DateTimeKind.Utc);
        fromOn.Items.Select(e => e.ExecutionTimeUtc).ShouldBe([at.AddHours(1), at.AddMilliseconds(1)]);
        updated.TotalCount.ShouldBe(3);
        created.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task FlushAsync_OneBatchOfTwoTenantsAndTheHost_StoresEveryFieldOfEveryRow()
    {
        // On PostgreSQL the batch goes through the bulk path (one INSERT … unnest per table and tenant, ADR 0039), elsewhere
        // through EF Core's tracked insert: both must store the same values, each row under its own tenant.
        var marker = Guid.NewGuid().ToString("N");
        var first = await fixture.CreateTenantAsync();
        var second = await fixture.CreateTenantAsync();
        var at = new DateTime(2026, 3, 8, 7, 0, 0, 250, DateTimeKind.Utc);
        AuditLogInfo Entry(Guid? tenantId, string? name, int index)
        {
            var info = new AuditLogInfo
            {
                TenantId = tenantId,
                TenantName = name,
                UserId = Guid.NewGuid(),
                UserName = "user-" + index,
                ClientId = "client-" + index,
                ImpersonatorUserId = index == 1 ? Guid.NewGuid() : null,
                ImpersonatorTenantId = index == 1 ? tenantId : null,
                ExecutionTimeUtc = at.AddSeconds(index),
                DurationMs = 40 + index,
                HttpMethod = "POST",
                Url = $"/bulk/{marker}/{index}/" + new string('x', AuditLogConsts.MaxUrlLength),
                HttpStatusCode = index == 2 ? 409 : 200,
                ClientIpAddress = "127.0.0." + index,
                CorrelationId = marker + index,
            };
            if (index == 2)
            {
                info.SetException(new InvalidOperationException("conflict " + index));
            }

            info.AddAction(new AuditLogActionInfo { ServiceName = "Svc" + index, MethodName = "CreateAsync", Parameters = "{\"i\":" + index + "}", ExecutionTimeUtc = at, DurationMs = index });
            info.AddEntityChanges([new EntityChangeInfo
            {
                ChangeTimeUtc = at.AddSeconds(index),
                ChangeType = (EntityChangeType)(index % 3),
                EntityTenantId = tenantId,
                EntityId = marker + "-" + index,
                EntityTypeFullName = "Sample.Entity",
                PropertyChanges =
                [
                    new EntityPropertyChangeInfo { PropertyName = "Name", PropertyTypeFullName = "System.String", OriginalValue = null, NewValue = "\"n" + index + "\"" },
                    new EntityPropertyChangeInfo { PropertyName = "Capacity", PropertyTypeFullName = "System.Int32", OriginalValue = "1", NewValue = index.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                ],
            }]);
            return info;
        }

        AuditLogInfo[] entries = [Entry(first.Id, first.Name, 0), Entry(second.Id, second.Name, 1), Entry(null, null, 2), Entry(first.Id, first.Name, 3)];
        var writer = fixture.Services.GetRequiredService<AuditLogWriter>();
        foreach (var entry in entries)
        {
            await writer.SaveAsync(entry, TestContext.Current.CancellationToken);
        }

        await FlushAsync();

        await using var check = fixture.CreateScope();
        var db = await check.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
        using var allTenants = check.ServiceProvider.GetRequiredService<ICrossTenantAccessor>().Begin("Test: read the batch of every tenant");
        var stored = await db.Set<AuditLog>().IgnoreQueryFilters().AsNoTracking()
            .Include(e => e.Actions).Include(e => e.EntityChanges).ThenInclude(c => c.PropertyChanges)
            .Where(e => e.CorrelationId!.StartsWith(marker))
            .OrderBy(e => e.ExecutionTimeUtc)
            .ToListAsync(TestContext.Current.CancellationToken);
        stored.Count.ShouldBe(entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            var (expected, actual) = (entries[i], stored[i]);
            actual.TenantId.ShouldBe(expected.TenantId);
            actual.TenantName.ShouldBe(expected.TenantName);
            actual.UserId.ShouldBe(expected.UserId);
            actual.UserName.ShouldBe(expected.UserName);
            actual.ClientId.ShouldBe(expected.ClientId);
            actual.ImpersonatorUserId.ShouldBe(expected.ImpersonatorUserId);
            actual.ImpersonatorTenantId.ShouldBe(expected.ImpersonatorTenantId);
            actual.ExecutionTimeUtc.ShouldBe(expected.ExecutionTimeUtc);
            actual.DurationMs.ShouldBe(expected.DurationMs);
            actual.HttpMethod.ShouldBe("POST");
            actual.Url.ShouldBe(expected.Url![..AuditLogConsts.MaxUrlLength]);
            actual.HttpStatusCode.ShouldBe(expected.HttpStatusCode);
            actual.ClientIpAddress.ShouldBe(expected.ClientIpAddress);
            actual.Exception.ShouldBe(expected.Exception);
            actual.HasException.ShouldBe(i == 2);
            var action = actual.Actions.ShouldHaveSingleItem();
            (action.ServiceName, action.MethodName, action.Parameters, action.ExecutionTimeUtc, action.DurationMs, action.AuditLogId)
                .ShouldBe(("Svc" + i, "CreateAsync", "{\"i\":" + i + "}", at, i, actual.Id));
            var change = actual.EntityChanges.ShouldHaveSingleItem();
            (change.AuditLogId, change.TenantId, change.EntityTenantId, change.ChangeType, change.ChangeTimeUtc, change.EntityId, change.EntityTypeFullName)
                .ShouldBe((actual.Id, expected.TenantId, expected.TenantId, (EntityChangeType)(i % 3), at.AddSeconds(i), marker + "-" + i, "Sample.Entity"));
            change.PropertyChanges.OrderBy(p => p.PropertyName)
                .Select(p => (p.EntityChangeId, p.TenantId, p.PropertyName, p.PropertyTypeFullName, p.OriginalValue, p.NewValue))
                .ShouldBe([
                    (change.Id, expected.TenantId, "Capacity", "System.Int32", "1", i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    (change.Id, expected.TenantId, "Name", "System.String", null, "\"n" + i + "\""),
                ]);
        }
    }

    [Fact]
    public async Task CleanupAsync_DefaultRetention_DeletesOnlyOlderEntriesWithTheirChildren()
    {
        var marker = Guid.NewGuid().ToString("N");
        var now = DateTime.UtcNow;
        var writer = fixture.Services.GetRequiredService<AuditLogWriter>();
        await writer.SaveAsync(NewEntry($"/old/{marker}", now.AddDays(-100)), TestContext.Current.CancellationToken);
        await writer.SaveAsync(NewEntry($"/recent/{marker}", now.AddDays(-10)), TestContext.Current.CancellationToken);
        await FlushAsync();

        int deleted;
        await using (var scope = fixture.CreateScope())
        {
            deleted = await scope.ServiceProvider.GetRequiredService<AuditLogCleaner>().CleanupAsync(TestContext.Current.CancellationToken);
        }

        deleted.ShouldBeGreaterThanOrEqualTo(1);
        await using var check = fixture.CreateScope();
        var db = await check.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
        using var allTenants = check.ServiceProvider.GetRequiredService<ICrossTenantAccessor>().Begin("Test: check every tenant's remaining entries");
        var remaining = await db.Set<AuditLog>().IgnoreQueryFilters().Where(e => e.Url!.Contains(marker)).Select(e => e.Url).ToListAsync(TestContext.Current.CancellationToken);
        remaining.ShouldBe([$"/recent/{marker}"]);
        (await db.Set<EntityChange>().IgnoreQueryFilters().CountAsync(c => c.EntityId == marker, TestContext.Current.CancellationToken)).ShouldBe(1);
        (await db.Set<EntityPropertyChange>().IgnoreQueryFilters().CountAsync(p => p.NewValue == marker, TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    private static AuditLogInfo NewEntry(string url, DateTime executionTimeUtc)
    {
        var marker = url[(url.LastIndexOf('/') + 1)..];
        var info = new AuditLogInfo { Url = url, HttpMethod = "GET", HttpStatusCode = 200, ExecutionTimeUtc = executionTimeUtc };
        info.AddAction(new AuditLogActionInfo { ServiceName = "Svc", MethodName = "GetAsync", Parameters = "{}", ExecutionTimeUtc = executionTimeUtc });
        info.AddEntityChanges([new EntityChangeInfo
        {
            ChangeTimeUtc = executionTimeUtc,
            ChangeType = EntityChangeType.Updated,
            EntityId = marker,
            EntityTypeFullName = "Sample",
            PropertyChanges = [new EntityPropertyChangeInfo { PropertyName = "P", PropertyTypeFullName = "System.String", NewValue = marker }],
        }]);
        return info;
    }

    private async Task<List<AuditLogDto>> ListAsHostAsync(GetAuditLogListInput input, Guid tenantId)
    {
        using var _ = RunAsHostAdmin(await fixture.GetHostAdminIdAsync());
        await using var scope = fixture.CreateScope();
        var list = await scope.ServiceProvider.GetRequiredService<IAuditLogAppService>().GetListAsync(input);
        return list.Items.Where(e => e.TenantId == tenantId).ToList();
    }

    private async Task<AuditLogDetailsDto> GetAsHostAsync(Guid id)
    {
        using var _ = RunAsHostAdmin(await fixture.GetHostAdminIdAsync());
        await using var scope = fixture.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IAuditLogAppService>().GetAsync(id);
    }

    private async Task SetTenantSettingAsync(Guid tenantId, string name, string value)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = fixture.Services.CreateAsyncScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        await scope.ServiceProvider.GetRequiredService<SettingManager>().SetAsync(SettingScope.Tenant(tenantId), name, value);
        await unitOfWork.CompleteAsync();
    }

    private Task FlushAsync() => fixture.Services.GetRequiredService<AuditLogWriter>().FlushAsync(TestContext.Current.CancellationToken);

    // Returns the scope synchronously: an AsyncLocal set inside an async method would not reach the caller.
    private IDisposable RunAsHostAdmin(Guid hostAdminId) =>
        fixture.RunAs(null, hostAdminId, IdentityConsts.AdminUserName, IdentityConsts.AdminRole);

    private async Task<AuditLogDetailsDto> FindSingleAsync(GetAuditLogListInput input)
    {
        var hostAdminId = await fixture.GetHostAdminIdAsync();
        using var _ = RunAsHostAdmin(hostAdminId);
        await using var scope = fixture.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<IAuditLogAppService>();
        var list = await service.GetListAsync(input);
        var item = list.Items.ShouldHaveSingleItem();
        return await service.GetAsync(item.Id);
    }

    private async Task<PagedResultDto<AuditLogDto>> ListAsAsync(TestTenant tenant, GetAuditLogListInput input)
    {
        using var _ = fixture.RunAs(tenant.Id, tenant.AdminUserId, IdentityConsts.AdminUserName, IdentityConsts.AdminRole);
        await using var scope = fixture.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IAuditLogAppService>().GetListAsync(input);
    }

    private async Task<string> ReadAllAuditRowsAsJsonAsync()
    {
        await using var scope = fixture.CreateScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
        // Every tenant's rows: the EF filter alone would not lift PostgreSQL's row-level security.
        using var allTenants = scope.ServiceProvider.GetRequiredService<ICrossTenantAccessor>().Begin("Test: scan every audit row");
        var rows = new List<object>();
        rows.AddRange(await db.Set<AuditLog>().IgnoreQueryFilters().AsNoTracking().ToListAsync(TestContext.Current.CancellationToken));
        rows.AddRange(await db.Set<AuditLogAction>().IgnoreQueryFilters().AsNoTracking().ToListAsync(TestContext.Current.CancellationToken));
        rows.AddRange(await db.Set<EntityChange>().IgnoreQueryFilters().AsNoTracking().ToListAsync(TestContext.Current.CancellationToken));
        rows.AddRange(await db.Set<EntityPropertyChange>().IgnoreQueryFilters().AsNoTracking().ToListAsync(TestContext.Current.CancellationToken));
        return string.Join('\n', rows.Select(r => JsonSerializer.Serialize(r, r.GetType())));
    }
}
