using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitSaaS.Bookings;
using FitSaaS.Framework.EntityFrameworkCore.RowLevelSecurity;
using FitSaaS.Identity;
using FitSaaS.Testing;
using Npgsql;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.TenantManagement;

/// <summary>Tenants with their own PostgreSQL database next to tenants in the shared database (PostgreSQL lane only).</summary>
public sealed class TenantDatabaseHttpTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    private const string TenantsRoute = "/api/tenant-management/tenants";
    private const string SkipReason = "Tenants with their own database need PostgreSQL (FitSaaS_Test__Database=PostgreSql).";

    [Fact]
    public async Task OwnDatabase_WorksEndToEnd_NextToSharedTenants()
    {
        Assert.SkipUnless(TestDatabase.IsPostgreSql, SkipReason);
        var shared = await fixture.CreateTenantAsync();
        var connectionString = fixture.Database.NewTenantDatabaseConnectionString();
        var name = $"own-{Guid.NewGuid():N}"[..16];
        using var host = await fixture.CreateHostAdminClientAsync();

        using var created = await host.PostAsJsonAsync(TenantsRoute,
            new { name, adminEmail = $"admin@{name}.test", adminPassword = TestUsers.Password, connectionString }, TestJson.Options);
        var createdBody = await created.Content.ReadAsStringAsync();
        created.StatusCode.ShouldBe(HttpStatusCode.OK, createdBody);
        var tenant = JsonDocument.Parse(createdBody).RootElement;
        var tenantId = tenant.GetProperty("id").GetGuid();
        tenant.GetProperty("hasOwnDatabase").GetBoolean().ShouldBeTrue();
        createdBody.ShouldNotContain("connectionString", Case.Insensitive);
        createdBody.ShouldNotContain(new NpgsqlConnectionStringBuilder(connectionString).Database!);

        using var admin = await fixture.LoginAsync(name, IdentityConsts.AdminUserName);
        var session = await CreateSessionAsync(admin, capacity: 5, DateTime.UtcNow.AddDays(3));
        var (_, member) = await fixture.RegisterMemberAsync(name, "maya");
        var booking = await PostAsync<BookingDto>(member, BookingsRoute, new { classSessionId = session.Id });
        var library = await admin.GetFromJsonAsync<JsonElement>(Relative("/api/programs/exercises?maxResultCount=5"), TestJson.Options);

        booking.ClassSessionId.ShouldBe(session.Id);
        library.GetProperty("totalCount").GetInt64().ShouldBeGreaterThan(0);
        (await CountAsync(connectionString, "Bookings", tenantId)).ShouldBe(1);
        (await CountAsync(connectionString, "Users", tenantId)).ShouldBe(2);
        (await CountAsync(fixture.Database.ConnectionString, "Bookings", tenantId)).ShouldBe(0);
        (await CountAsync(fixture.Database.ConnectionString, "Users", tenantId)).ShouldBe(0);
        (await CountAsync(fixture.Database.ConnectionString, "Locations", tenantId)).ShouldBe(0);

        // The shared-database tenant and host operations are unaffected.
        using var sharedAdmin = await fixture.LoginAsync(shared.Name, IdentityConsts.AdminUserName);
        (await sharedAdmin.GetFromJsonAsync<JsonElement>(Relative(LocationsRoute), TestJson.Options)).GetProperty("totalCount").GetInt64().ShouldBe(0);
        var list = await host.GetFromJsonAsync<JsonElement>(Relative($"{TenantsRoute}?filter={name}"), TestJson.Options);
        list.GetProperty("items")[0].GetProperty("hasOwnDatabase").GetBoolean().ShouldBeTrue();
        (await host.PostAsync(Relative($"{TenantsRoute}/{tenantId}/deactivate"), null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync(Relative(LocationsRoute))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task OwnDatabase_Unreachable_Is422_AndLeavesNoTenant()
    {
        Assert.SkipUnless(TestDatabase.IsPostgreSql, SkipReason);
        var builder = new NpgsqlConnectionStringBuilder(fixture.Database.NewTenantDatabaseConnectionString()) { Port = 1, Password = "s3cret-pw", Timeout = 3 };
        var name = $"bad-{Guid.NewGuid():N}"[..16];
        using var host = await fixture.CreateHostAdminClientAsync();

        using var response = await host.PostAsJsonAsync(TenantsRoute,
            new { name, adminEmail = $"admin@{name}.test", adminPassword = TestUsers.Password, connectionString = builder.ConnectionString }, TestJson.Options);
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, body);
        JsonDocument.Parse(body).RootElement.GetProperty("code").GetString().ShouldBe("TenantManagement:TenantDatabaseUnavailable");
        body.ShouldNotContain("s3cret-pw");
        (await host.GetFromJsonAsync<JsonElement>(Relative($"{TenantsRoute}?filter={name}"), TestJson.Options)).GetProperty("totalCount").GetInt64().ShouldBe(0);
        var audit = await host.GetStringAsync(Relative("/api/audit-logging/audit-logs?maxResultCount=50"));
        audit.ShouldNotContain("s3cret-pw");
    }

    [Fact]
    public async Task OwnDatabase_PointingAtTheHostDatabase_Is400()
    {
        Assert.SkipUnless(TestDatabase.IsPostgreSql, SkipReason);
        using var host = await fixture.CreateHostAdminClientAsync();

        using var response = await host.PostAsJsonAsync(TenantsRoute,
            new { name = "host-db-again", adminEmail = "a@host-db.test", adminPassword = TestUsers.Password, connectionString = fixture.Database.ConnectionString }, TestJson.Options);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString().ShouldBe("TenantManagement:InvalidConnectionString");
    }

    private static async Task<long> CountAsync(string connectionString, string table, Guid tenantId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();

        // Count as that tenant: row-level security shows a plain connection (the host) no tenant rows at all.
        await using (var setTenant = new NpgsqlCommand($"SELECT set_config('{RowLevelSecurityNames.TenantSetting}', @tenant::text, false)", connection))
        {
            setTenant.Parameters.AddWithValue("tenant", tenantId);
            await setTenant.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand($"SELECT COUNT(*) FROM \"{table}\" WHERE \"TenantId\" = @tenant", connection);
        command.Parameters.AddWithValue("tenant", tenantId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
