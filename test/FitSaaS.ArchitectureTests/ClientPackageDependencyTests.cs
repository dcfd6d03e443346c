using System.Text.Json;

namespace FitSaaS.ArchitectureTests;

/// <summary>
/// The client package (<c>FitSaaS.HttpApi.Client</c> and the kit's <c>FitSaaS.Framework.Http.Client</c>) must not pull a
/// server-side dependency into a client application: the whole restore closure of each project (every package and project
/// NuGet resolved for it, transitively, from its <c>project.assets.json</c>) is checked against a deny-list.
/// </summary>
public sealed class ClientPackageDependencyTests
{
    /// <summary>Package or project names (prefixes, case-insensitive) that are server-side.</summary>
    private static readonly string[] s_deniedPrefixes =
    [
        "Hangfire", "RabbitMQ.", "StackExchange.Redis", "Microsoft.Extensions.Caching.StackExchangeRedis", "OpenIddict",
        "Microsoft.EntityFrameworkCore", "Npgsql", "Microsoft.Data.Sqlite", "SQLitePCLRaw", "MailKit", "MimeKit", "Quartz",
        "Microsoft.AspNetCore.", "Swashbuckle.", "Polly.Extensions", "Stripe.net",
    ];

    /// <summary>Names under a denied prefix that a client may use: the authorization policy types (also used by Blazor WebAssembly).</summary>
    private static readonly string[] s_allowed = ["Microsoft.AspNetCore.Authorization", "Microsoft.AspNetCore.Metadata"];

    /// <summary>Server-side projects of this repository (exact names).</summary>
    private static readonly string[] s_deniedProjects =
    [
        "FitSaaS.Domain", "FitSaaS.Application", "FitSaaS.EntityFrameworkCore", "FitSaaS.HttpApi.Host", "FitSaaS.DbMigrator",
        "FitSaaS.Framework.AspNetCore", "FitSaaS.Framework.EntityFrameworkCore", "FitSaaS.Framework.RabbitMQ",
    ];

    [Theory]
    [InlineData("FitSaaS.HttpApi.Client")]
    [InlineData("FitSaaS.Framework.Http.Client")]
    public void ClientProject_PullsNoServerSideDependency(string project)
    {
        using var assets = JsonDocument.Parse(File.ReadAllText(AssetsFile(project)));
        var root = assets.RootElement;
        var libraries = root.GetProperty("libraries").EnumerateObject()
            .Select(library => (Name: library.Name[..library.Name.IndexOf('/', StringComparison.Ordinal)],
                Type: library.Value.GetProperty("type").GetString()))
            .ToList();
        var frameworkReferences = root.GetProperty("project").GetProperty("frameworks").EnumerateObject()
            .SelectMany(framework => framework.Value.TryGetProperty("frameworkReferences", out var references)
                ? references.EnumerateObject().Select(reference => reference.Name)
                : [])
            .ToList();

        libraries.Count.ShouldBeGreaterThan(5, "the closure was read");
        libraries.ShouldContain(library => library.Name == "FitSaaS.Framework" && library.Type == "project");
        var offenders = libraries
            .Where(library => library.Type == "project"
                ? s_deniedProjects.Contains(library.Name, StringComparer.OrdinalIgnoreCase)
                : s_deniedPrefixes.Any(prefix => library.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                  && !s_allowed.Contains(library.Name, StringComparer.OrdinalIgnoreCase))
            .Select(library => $"{library.Name} ({library.Type})")
            .ToList();

        offenders.ShouldBeEmpty($"{project} must stay free of server-side dependencies (move them to a server-side project)");
        frameworkReferences.ShouldNotContain("Microsoft.AspNetCore.App", $"{project} must not reference the ASP.NET Core shared framework");
    }

    private static string AssetsFile(string project)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FitSaaS.sln")))
        {
            directory = directory.Parent;
        }

        directory.ShouldNotBeNull("the repository root (FitSaaS.sln) above the test's output folder");
        var path = Path.Combine(directory.FullName, "artifacts", "obj", project, "project.assets.json");
        File.Exists(path).ShouldBeTrue($"{path} (written by the restore that built this test)");
        return path;
    }
}
