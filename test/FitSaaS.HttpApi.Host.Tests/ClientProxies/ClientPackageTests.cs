using FitSaaS.HttpApi.Host.Tests.Platform;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.ClientProxies;

/// <summary>
/// "A new user references the client package from a fresh console project": packs FitSaaS.HttpApi.Client with
/// etc/scripts/pack.sh into a temporary feed, writes a console project outside the repository that references only the
/// package, and runs it against the host on Kestrel. Lane-independent, so it runs in the SQLite lane only.
/// </summary>
public sealed class ClientPackageTests(KestrelWebFixture fixture) : IClassFixture<KestrelWebFixture>
{
    [Fact]
    public async Task FreshConsoleProject_ReferencingThePackage_CallsAppServicesWithTypedErrors()
    {
        if (TestDatabase.IsPostgreSql)
        {
            Assert.Skip("Packaging does not depend on the database; this test runs in the SQLite lane.");
        }

        var repository = FindRepositoryRoot();
        var work = Directory.CreateTempSubdirectory("fitsaas-client-package-");
        try
        {
            // A unique version: the machine-wide NuGet cache never serves an older build of the same version.
            var version = $"0.6.0-test.{DateTime.UtcNow:yyyyMMddHHmmssfff}";
            var feed = Path.Combine(work.FullName, "feed");
            var pack = await RunAsync("bash", repository, [Path.Combine(repository, "etc/scripts/pack.sh"), "--no-build", "--output", feed, "--version", version]);
            pack.ExitCode.ShouldBe(0, pack.Output);

            var app = Directory.CreateDirectory(Path.Combine(work.FullName, "app")).FullName;
            await File.WriteAllTextAsync(Path.Combine(app, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="fitsaas-local" value="{feed}" />
                  </packageSources>
                </configuration>
                """, TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(Path.Combine(app, "App.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="FitSaaS.HttpApi.Client" Version="{version}" />
                  </ItemGroup>
                </Project>
                """, TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(Path.Combine(app, "Program.cs"), """
                using FitSaaS;
                using FitSaaS.Framework.Exceptions;
                using FitSaaS.Framework.Http.Client;
                using FitSaaS.Identity;
                using FitSaaS.TenantManagement;
                using Microsoft.Extensions.DependencyInjection;

                var services = new ServiceCollection();
                services.AddLogging();
                services.Configure<RemoteServiceOptions>(o => o.RemoteServices["Default"] = new RemoteServiceConfiguration
                {
                    BaseUrl = args[0],
                    Authentication = new() { GrantType = "password", UserName = "admin", Password = "1q2w3E*" },
                });
                services.AddFitSaaSHttpApiClient();
                await using var provider = services.BuildServiceProvider();
                var me = await provider.GetRequiredService<IAccountAppService>().GetMyProfileAsync();
                Console.WriteLine($"profile: {me.UserName}");
                var tenants = await provider.GetRequiredService<ITenantAppService>().GetListAsync(new GetTenantListInput());
                Console.WriteLine($"tenants: {tenants.TotalCount}");
                try
                {
                    await provider.GetRequiredService<ITenantAppService>().GetAsync(Guid.NewGuid());
                }
                catch (EntityNotFoundException ex)
                {
                    Console.WriteLine($"not found: {ex.Code}");
                }
                """, TestContext.Current.CancellationToken);

            var run = await RunAsync("dotnet", app, ["run", "--", fixture.ServerAddress!.ToString()]);

            run.ExitCode.ShouldBe(0, run.Output);
            run.Output.ShouldContain("profile: admin");
            run.Output.ShouldContain("tenants: ");
            run.Output.ShouldContain("not found: FitSaaS:EntityNotFound");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FitSaaS.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("FitSaaS.sln not found above " + AppContext.BaseDirectory);
    }

    private static Task<(int ExitCode, string Output)> RunAsync(string fileName, string workingDirectory, IEnumerable<string> arguments) =>
        ChildProcess.RunAsync(fileName, arguments, workingDirectory,
            new Dictionary<string, string> { ["MSBUILDDISABLENODEREUSE"] = "1", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" }, TimeSpan.FromMinutes(8));
}
