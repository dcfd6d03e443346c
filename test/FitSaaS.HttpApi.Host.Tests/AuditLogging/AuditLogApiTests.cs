using FitSaaS.Framework.EntityFrameworkCore;
using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using FitSaaS.AuditLogging;
using FitSaaS.Bookings;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Settings;
using FitSaaS.Framework.Uow;
using FitSaaS.Identity;
using FitSaaS.SettingManagement;
using FitSaaS.TenantManagement;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.HttpApi.Host.Tests.AuditLogging;

public sealed class AuditLogApiTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    private const string Route = "/api/audit-logging/audit-logs";
    private const string RegistrationPassword = "Http!Reg1ster-Pw";

    [Fact]
    public async Task HttpCall_TenantWithGetAuditingSetting_RecordsRequestUserTenantAndRedactedAction()
    {
        // Not fixture.CreateTenantAsync: its profile read would make the policy remember "off" for 30 s before the setting is set.
        var tenantName = $"gym-{Guid.NewGuid():N}"[..20];
        TenantDto tenant;
        using (var host = await fixture.CreateHostAdminClientAsync())
        using (var created = await host.PostAsJsonAsync("/api/tenant-management/tenants",
            new { name = tenantName, adminEmail = $"admin@{tenantName}.test", adminPassword = TestUsers.Password }, TestJson.Options, TestContext.Current.CancellationToken))
        {
            tenant = (await created.Content.ReadFromJsonAsync<TenantDto>(TestJson.Options, TestContext.Current.CancellationToken))!;
        }

        await SetTenantSettingAsync(tenant.Id, AuditLoggingSettingNames.IsEnabledForGetRequests, "true");
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var adminUserId = (await admin.GetFromJsonAsync<ProfileDto>("/api/account/my-profile", TestJson.Options, TestContext.Current.CancellationToken))!.Id;
        var marker = $"squat{Guid.NewGuid():N}"[..16];
        using (var call = await admin.GetAsync(new Uri($"/api/identity/users?filter={marker}&access_token=leak-me", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            call.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await FlushAsync();

        var item = await FindSingleAsync(admin, $"url={marker}");
        item.HttpMethod.ShouldBe("GET");
        item.HttpStatusCode.ShouldBe(200);
        item.TenantId.ShouldBe(tenant.Id);
        item.UserId.ShouldBe(adminUserId);
        item.UserName.ShouldBe("admin");
        item.ClientId.ShouldNotBeNullOrEmpty();
        item.CorrelationId.ShouldNotBeNullOrEmpty();
        item.DurationMs.ShouldBeGreaterThanOrEqualTo(0);
        item.Exception.ShouldBeNull();
        item.Url!.ShouldStartWith("/api/identity/users?");
        item.Url.ShouldContain("access_token=***");
        item.Url.ShouldNotContain("leak-me");
        var details = (await admin.GetFromJsonAsync<AuditLogDetailsDto>($"{Route}/{item.Id}", TestJson.Options, TestContext.Current.CancellationToken))!;
        var action = details.Actions.ShouldHaveSingleItem();
        action.ServiceName.ShouldBe(typeof(IUserAppService).FullName);
        action.MethodName.ShouldBe(nameof(IUserAppService.GetListAsync));
        action.Parameters.ShouldContain(marker);
    }

    [Fact]
    public async Task HttpCall_Failing_RecordsExceptionAndStatus()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var missing = Guid.NewGuid();
        using (var call = await admin.GetAsync(new Uri($"/api/identity/users/{missing}", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            call.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        await FlushAsync();

        var item = await FindSingleAsync(admin, $"url={missing}&hasException=true");
        item.HttpStatusCode.ShouldBe(404);
        item.Exception!.ShouldContain("EntityNotFoundException");
        var details = (await admin.GetFromJsonAsync<AuditLogDetailsDto>($"{Route}/{item.Id}", TestJson.Options, TestContext.Current.CancellationToken))!;
        details.Actions.ShouldHaveSingleItem().Exception!.ShouldContain("EntityNotFoundException");
    }

    [Fact]
    public async Task HttpCall_SuccessfulGetByDefault_IsNotRecorded_WriteIs_WithHistoryOnlyOfOptedInEntities()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var marker = $"quiet{Guid.NewGuid():N}"[..16];
        using (var read = await admin.GetAsync(new Uri($"/api/identity/users?filter={marker}", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            read.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using (var write = await admin.PostAsJsonAsync("/api/bookings/locations", new { name = marker }, TestJson.Options, TestContext.Current.CancellationToken))
        {
            write.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await FlushAsync();

        (await ListAsync(admin, $"url={marker}")).TotalCount.ShouldBe(0);
        var entries = await ListAsync(admin, "url=/api/bookings/locations&maxResultCount=1000");
        var entry = entries.Items.ShouldHaveSingleItem();
        entry.HttpMethod.ShouldBe("POST");
        entry.HttpStatusCode.ShouldBe(200);
        var details = (await admin.GetFromJsonAsync<AuditLogDetailsDto>($"{Route}/{entry.Id}", TestJson.Options, TestContext.Current.CancellationToken))!;
        details.Actions.ShouldHaveSingleItem().Parameters.ShouldContain(marker);
        // Location is not opted into entity history ([Audited] / AuditingOptions.EntityHistorySelectors).
        details.EntityChanges.ShouldNotContain(c => c.EntityTypeFullName == typeof(Location).FullName);
    }

    [Fact]
    public async Task AuditTables_AfterTenantCreationAndRegistrationOverHttp_NeverHoldTheClearPasswords()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var anonymous = fixture.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/register")
        {
            Content = JsonContent.Create(new { userName = "httpnewbie", email = "httpnewbie@example.test", password = RegistrationPassword }, options: TestJson.Options),
        };
        request.Headers.Add("__tenant", tenant.Name);
        using (var response = await anonymous.SendAsync(request, TestContext.Current.CancellationToken))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await FlushAsync();

        var raw = await ReadAllAuditRowsAsJsonAsync();
        raw.ShouldContain("/api/account/register");
        raw.ShouldContain("/api/tenant-management/tenants");
        raw.ShouldContain("httpnewbie");
        raw.ShouldNotContain(RegistrationPassword);
        raw.ShouldNotContain(TestUsers.Password);
    }

    [Fact]
    public async Task GetList_TenantAdmins_SeeOnlyTheirTenant_HostAdminSeesBoth()
    {
        var tenantA = await fixture.CreateTenantAsync();
        var tenantB = await fixture.CreateTenantAsync();
        using var adminA = await fixture.LoginAsync(tenantA.Name, "admin");
        using var adminB = await fixture.LoginAsync(tenantB.Name, "admin");
        using var host = await fixture.CreateHostAdminClientAsync();
        // Failed reads are audited (successful ones are not by default).
        (await adminA.GetAsync(new Uri($"/api/identity/users/{Guid.NewGuid()}", UriKind.Relative), TestContext.Current.CancellationToken)).Dispose();
        (await adminB.GetAsync(new Uri($"/api/identity/users/{Guid.NewGuid()}", UriKind.Relative), TestContext.Current.CancellationToken)).Dispose();
        await FlushAsync();

        var seenByA = await ListAsync(adminA, "maxResultCount=1000");
        var seenByB = await ListAsync(adminB, "maxResultCount=1000");
        var seenByHost = await ListAsync(host, "maxResultCount=1000");

        seenByA.Items.ShouldNotBeEmpty();
        seenByA.Items.ShouldAllBe(e => e.TenantId == tenantA.Id);
        seenByB.Items.ShouldNotBeEmpty();
        seenByB.Items.ShouldAllBe(e => e.TenantId == tenantB.Id);
        seenByHost.Items.ShouldContain(e => e.TenantId == tenantA.Id);
        seenByHost.Items.ShouldContain(e => e.TenantId == tenantB.Id);
        using var foreign = await adminB.GetAsync(new Uri($"{Route}/{seenByA.Items[0].Id}", UriKind.Relative), TestContext.Current.CancellationToken);
        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetList_EntityChangeFilters_StayWithinTheTenant()
    {
        // Found by the isolation probe: the entity-change sub-query ignored the query filters, and EF Core lifts
        // IgnoreQueryFilters for the whole query, so a tenant filtering by entity saw other tenants' and host entries.
        var tenantA = await fixture.CreateTenantAsync();
        var tenantB = await fixture.CreateTenantAsync();
        using var adminA = await fixture.LoginAsync(tenantA.Name, "admin");
        using var host = await fixture.CreateHostAdminClientAsync();
        await FlushAsync();

        var byEntityOfB = await ListAsync(adminA, $"entityId={tenantB.AdminUserId}&maxResultCount=1000");
        var byChangeType = await ListAsync(adminA, "changeType=Created&maxResultCount=1000");
        var byType = await ListAsync(adminA, $"entityTypeFullName={typeof(FitSaaS.TenantManagement.Tenant).FullName}&maxResultCount=1000");
        var hostByEntityOfB = await ListAsync(host, $"entityId={tenantB.AdminUserId}&maxResultCount=1000");

        byEntityOfB.TotalCount.ShouldBe(0);
        byChangeType.Items.ShouldAllBe(e => e.TenantId == tenantA.Id);
        byType.TotalCount.ShouldBe(0);
        hostByEntityOfB.TotalCount.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task GetList_MemberAndAnonymous_Are403And401()
    {
        var tenant = await fixture.CreateTenantAsync();
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, "audit-member");
        using var memberClient = member;
        using var anonymous = fixture.CreateClient();

        using var forbidden = await memberClient.GetAsync(new Uri(Route, UriKind.Relative), TestContext.Current.CancellationToken);
        using var unauthorized = await anonymous.GetAsync(new Uri(Route, UriKind.Relative), TestContext.Current.CancellationToken);

        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        unauthorized.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task GetList_UnknownSorting_Returns400()
    {
        using var host = await fixture.CreateHostAdminClientAsync();

        using var response = await host.GetAsync(new Uri($"{Route}?sorting=password", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
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

    private static async Task<PagedResultDto<AuditLogDto>> ListAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync(new Uri($"{Route}?{query}", UriKind.Relative), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<PagedResultDto<AuditLogDto>>(TestJson.Options, TestContext.Current.CancellationToken))!;
    }

    private static async Task<AuditLogDto> FindSingleAsync(HttpClient client, string query) =>
        (await ListAsync(client, query)).Items.ShouldHaveSingleItem();

    private async Task<string> ReadAllAuditRowsAsJsonAsync()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
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
