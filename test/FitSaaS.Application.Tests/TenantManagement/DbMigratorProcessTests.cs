using System.Diagnostics;
using FitSaaS.TenantManagement;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
    public async Task Migrate_OneTenantDatabaseUnreachable_ExitsOne_ReportsIt_AndTheOthersSucceed()
    {
        Assert.SkipUnless(TestDatabase.IsPostgreSql, "Tenants with their own database need PostgreSQL (FitSaaS_Test__Database=PostgreSql).");
        var healthy = await fixture.CreateTenantAsync();
        const string Password = "Unreachable-pw-42";
        var brokenTenant = await fixture.RegisterTenantRowAsync($"down-{Guid.NewGuid():N}"[..14], $"Host=127.0.0.1;Port=1;Database=nowhere;Username=nobody;Password={Password};Timeout=3");
        var broken = brokenTenant.Name;

        int exitCode;
        string output;
        try
        {
            (exitCode, output) = await RunMigratorAsync();
        }
        finally
        {
            // The other tests of this class migrate every tenant and expect success: do not leave the unreachable one behind.
            await using var scope = fixture.CreateScope();
            await scope.ServiceProvider.GetRequiredService<FitSaaS.EntityFrameworkCore.FitSaaSDbContext>().Set<Tenant>()
                .IgnoreQueryFilters().Where(t => t.Id == brokenTenant.Id).ExecuteDeleteAsync();
        }

        exitCode.ShouldBe(1, output);
        output.ShouldContain(broken);
        output.ShouldContain("Failed");
        output.ShouldContain("1 of ");
        output.ShouldContain(healthy.Name);
        output.ShouldNotContain(Password);
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

    private async Task<(int ExitCode, string Output)> RunMigratorAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(MigratorPath());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Database__Provider"] = fixture.Database.Provider;
        start.Environment["ConnectionStrings__Default"] = fixture.Database.ConnectionString;
        start.Environment["Email__PickupDirectory"] = fixture.Database.MailDirectory;
        start.Environment["FeatureManagement__DefaultEdition"] = "Pro";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The DbMigrator did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>The DbMigrator built next to this test assembly (same configuration, UseArtifactsOutput layout).</summary>
    private static string MigratorPath()
    {
        // artifacts/bin/FitSaaS.Application.Tests/<configuration>/ → artifacts/bin/FitSaaS.DbMigrator/<configuration>/
        var testDirectory = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(testDirectory.Parent!.Parent!.FullName, "FitSaaS.DbMigrator", testDirectory.Name, "FitSaaS.DbMigrator.dll");
        File.Exists(path).ShouldBeTrue($"Build the solution first: {path} is missing.");
        return path;
    }
}
