using System.Reflection;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Identity;
using FitSaaS.TenantManagement;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FitSaaS.Application.Tests.TenantManagement;

/// <summary>The migrator over tenants with their own databases, one of them failing (PostgreSQL lane only).</summary>
public sealed class TenantDatabaseMigratorTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    [Fact]
    public async Task Migrate_OneTenantDatabaseCannotBeCreated_OthersSucceed_AndAReRunAfterTheFixSucceeds()
    {
        Assert.SkipUnless(TestDatabase.IsPostgreSql, "Tenants with their own database need PostgreSQL (FitSaaS_Test__Database=PostgreSql).");
        Assert.SkipWhen(
            string.IsNullOrEmpty(Environment.GetEnvironmentVariable("FitSaaS_Test__PostgreSqlAdmin")),
            "Needs the server's superuser connection in FitSaaS_Test__PostgreSqlAdmin to create a role (etc/scripts/test.sh sets it).");
        var shared = await fixture.CreateTenantAsync();
        var good = await CreateOwnDatabaseTenantAsync(fixture.Database.NewTenantDatabaseConnectionString());

        // A role that may not create databases, and a tenant whose (missing) database it should own: the DBA step is forgotten.
        var role = $"nocreate_{Guid.NewGuid():N}"[..20];
        var brokenDatabase = $"fitsaas_tenant_{Guid.NewGuid():N}";
        fixture.Database.TrackTenantDatabase(brokenDatabase);
        await ExecuteAsServerAsync($"CREATE ROLE \"{role}\" LOGIN PASSWORD 'Role-pw-42' NOCREATEDB");
        var server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("FitSaaS_Test__PostgreSql"));
        var brokenConnection = new NpgsqlConnectionStringBuilder { Host = server.Host, Port = server.Port, Database = brokenDatabase, Username = role, Password = "Role-pw-42" }.ConnectionString;
        var broken = (await fixture.RegisterTenantRowAsync("broken-gym", brokenConnection)).Id;
        var migrator = fixture.Services.GetRequiredService<DbMigrationService>();

        var first = await migrator.MigrateAsync(new DbMigrationRunOptions { Parallelism = 4 });

        first.Single(r => r.TenantId == good).State.ShouldBe(TenantMigrationState.Succeeded);
        first.Single(r => r.TenantId == shared.Id).State.ShouldBe(TenantMigrationState.Succeeded);
        var failed = first.Single(r => r.TenantId == broken);
        failed.State.ShouldBe(TenantMigrationState.Failed);
        failed.Error.ShouldNotBeNull().ShouldContain("42501");
        failed.Error.ShouldNotContain("Role-pw-42");
        var status = await StatusAsync(broken);
        status.State.ShouldBe(TenantMigrationState.Failed);
        status.Error.ShouldNotBeNull().ShouldNotContain("Role-pw-42");

        await ExecuteAsServerAsync($"CREATE DATABASE \"{brokenDatabase}\" OWNER \"{role}\"");
        var second = await migrator.MigrateAsync(new DbMigrationRunOptions { Parallelism = 4 });

        second.ShouldAllBe(r => r.State == TenantMigrationState.Succeeded);
        second.Single(r => r.TenantId == broken).Skipped.ShouldBeFalse();
        second.Single(r => r.TenantId == good).Skipped.ShouldBeTrue();
        (await StatusAsync(broken)).ShouldSatisfyAllConditions(
            s => s.State.ShouldBe(TenantMigrationState.Succeeded),
            s => s.LastAppliedMigration.ShouldBe(LatestPostgreSqlMigration()),
            s => s.Error.ShouldBeNull());
    }

    /// <summary>The id of the newest PostgreSQL migration (whatever branch added it last).</summary>
    private static string LatestPostgreSqlMigration() =>
        typeof(PostgreSqlFitSaaSDbContext).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<Microsoft.EntityFrameworkCore.Infrastructure.DbContextAttribute>()?.ContextType == typeof(PostgreSqlFitSaaSDbContext))
            .Select(t => t.GetCustomAttribute<Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute>()?.Id)
            .OfType<string>()
            .Max(StringComparer.Ordinal)!;

    [Fact]
    public async Task Purge_TenantWithOwnDatabase_ErasesItsRowsThere_OrDropsTheDatabase()
    {
        Assert.SkipUnless(TestDatabase.IsPostgreSql, "Tenants with their own database need PostgreSQL (FitSaaS_Test__Database=PostgreSql).");
        var keptConnection = fixture.Database.NewTenantDatabaseConnectionString();
        var droppedConnection = fixture.Database.NewTenantDatabaseConnectionString();
        var kept = await CreateOwnDatabaseTenantAsync(keptConnection);
        var dropped = await CreateOwnDatabaseTenantAsync(droppedConnection);
        await fixture.DeleteTenantAsHostAsync(kept);
        await fixture.DeleteTenantAsHostAsync(dropped);
        await using var scope = fixture.CreateScope();
        var purge = scope.ServiceProvider.GetRequiredService<EntityFrameworkCore.TenantManagement.TenantPurgeService>();

        var keptReport = await purge.PurgeAsync(kept.ToString(), dropDatabase: false);
        var droppedReport = await purge.PurgeAsync(dropped.ToString(), dropDatabase: true);

        keptReport.Tables.Single(t => t.Database == "tenant" && t.Table == "Users").Rows.ShouldBe(1);
        keptReport.DatabaseDropped.ShouldBeFalse();
        (await ScalarAsync(keptConnection, $"SELECT COUNT(*) FROM \"Users\" WHERE \"TenantId\" = '{kept}'")).ShouldBe(0L);
        droppedReport.DatabaseDropped.ShouldBeTrue();
        (await ScalarAsync(Environment.GetEnvironmentVariable("FitSaaS_Test__PostgreSql")!,
            $"SELECT COUNT(*) FROM pg_database WHERE datname = '{new NpgsqlConnectionStringBuilder(droppedConnection).Database}'")).ShouldBe(0L);
        droppedReport.Tables.Single(t => t.Table == "Tenants").Rows.ShouldBe(1);
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<Guid> CreateOwnDatabaseTenantAsync(string connectionString)
    {
        var hostAdmin = await fixture.GetHostAdminIdAsync();
        using var _ = fixture.RunAs(null, hostAdmin, IdentityConsts.AdminUserName, IdentityConsts.AdminRole);
        await using var scope = fixture.CreateScope();
        var name = $"own-{Guid.NewGuid():N}"[..16];
        var tenant = await scope.ServiceProvider.GetRequiredService<ITenantAppService>().CreateAsync(
            new CreateTenantDto { Name = name, AdminEmail = $"admin@{name}.test", AdminPassword = TestUsers.Password, ConnectionString = connectionString });
        return tenant.Id;
    }

    private async Task<TenantMigrationStatus> StatusAsync(Guid tenantId)
    {
        await using var scope = fixture.CreateScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(null);
        return await db.Set<TenantMigrationStatus>().AsNoTracking().SingleAsync(s => s.Id == tenantId);
    }

    /// <summary>Runs <paramref name="sql"/> as the server's superuser (<c>FitSaaS_Test__PostgreSqlAdmin</c>, set by etc/scripts/test.sh).</summary>
    private static async Task ExecuteAsServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("FitSaaS_Test__PostgreSqlAdmin"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
