using FitSaaS.TenantManagement;
using FitSaaS.Testing;

namespace FitSaaS.Application.Tests.TenantManagement;

/// <summary>
/// The DbMigrator as operators run it: the built executable in a child process, configured through environment
/// variables, judged by its exit code and output.
/// </summary>
public sealed class DbMigratorProcessTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    [Fact]
    public async Task Migrate_AllTenantsOk_ExitsZero_AndListsEveryTenant()
    {
        var tenant = await fixture.CreateTenantAsync();

        var (exitCode, output) = await RunMigratorAsync();

        exitCode.ShouldBe(0, output);
        output.ShouldContain(tenant.Name);
        output.ShouldContain("tenant(s) ok");
    }

    [Fact]
    public async Task PurgeTenant_WithoutConfirm_ExitsTwoAndChangesNothing_ThenConfirmErases_AndUnknownExitsThree()
    {
        var tenant = await fixture.CreateTenantAsync();
        await fixture.DeleteTenantAsHostAsync(tenant.Id);

        var (planExit, planOutput) = await RunMigratorAsync("purge-tenant", tenant.Name);
        var (purgeExit, purgeOutput) = await RunMigratorAsync("purge-tenant", tenant.Name, "--confirm");
        var (againExit, againOutput) = await RunMigratorAsync("purge-tenant", tenant.Name, "--confirm");

        planExit.ShouldBe(2, planOutput);
        planOutput.ShouldContain("Nothing was changed");
        planOutput.ShouldContain("Users");
        purgeExit.ShouldBe(0, purgeOutput);
        purgeOutput.ShouldContain($"Purged tenant '{tenant.Name}'");
        againExit.ShouldBe(3, againOutput);
        againOutput.ShouldContain(Framework.MultiTenancy.MultiTenancyErrorCodes.TenantNotFound);
    }

    [Fact]
    public async Task PurgeTenant_ActiveTenant_ExitsThree()
    {
        var tenant = await fixture.CreateTenantAsync();

        var (exitCode, output) = await RunMigratorAsync("purge-tenant", tenant.Name, "--confirm");

        exitCode.ShouldBe(3, output);
        output.ShouldContain(TenantManagementErrorCodes.TenantNotDeleted);
    }

    private Task<(int ExitCode, string Output)> RunMigratorAsync(params string[] arguments) => DbMigratorProcess.RunAsync(fixture, arguments);
}

/// <summary>Runs the built DbMigrator against a fixture's database.</summary>
internal static class DbMigratorProcess
{
    /// <summary>Runs it with <paramref name="arguments"/>; returns the exit code and stdout + stderr.</summary>
    public static Task<(int ExitCode, string Output)> RunAsync(FitSaaSApplicationFixture fixture, params string[] arguments) =>
        ChildProcess.RunAsync("dotnet", [ChildProcess.BuiltAssembly("FitSaaS.DbMigrator"), .. arguments], environment: new Dictionary<string, string>
        {
            ["Database__Provider"] = fixture.Database.Provider,
            ["ConnectionStrings__Default"] = fixture.Database.ConnectionString,
            ["Email__PickupDirectory"] = fixture.Database.MailDirectory,
            ["FeatureManagement__DefaultEdition"] = "Pro",
        });
}

/// <summary>The DbMigrator with one tenant whose database cannot be reached (its own fixture: that tenant stays broken).</summary>
public sealed class DbMigratorProcessFailureTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    [Fact]
    public async Task Migrate_OneTenantDatabaseUnreachable_ExitsOne_ReportsIt_AndTheOthersSucceed()
    {
        Assert.SkipUnless(TestDatabase.IsPostgreSql, "Tenants with their own database need PostgreSQL (FitSaaS_Test__Database=PostgreSql).");
        var healthy = await fixture.CreateTenantAsync();
        const string Password = "Unreachable-pw-42";
        var broken = (await fixture.RegisterTenantRowAsync($"down-{Guid.NewGuid():N}"[..14], $"Host=127.0.0.1;Port=1;Database=nowhere;Username=nobody;Password={Password};Timeout=3")).Name;

        var (exitCode, output) = await DbMigratorProcess.RunAsync(fixture);

        exitCode.ShouldBe(1, output);
        output.ShouldContain(broken);
        output.ShouldContain("Failed");
        output.ShouldContain("1 of ");
        output.ShouldContain(healthy.Name);
        output.ShouldNotContain(Password);
    }
}
