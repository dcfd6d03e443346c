using System.CommandLine;
using FitSaaS.DbMigrator;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;

var demo = new Option<bool>("--demo") { Description = "Also create and seed the demo tenant 'demo-gym' (admin, 2 staff, 20 members, a location, class types, two weeks of sessions)." };
var parallel = new Option<int>("--parallel") { Description = "How many tenant databases to migrate at once (tenants with their own database).", DefaultValueFactory = _ => 4 };
var reseed = new Option<bool>("--reseed") { Description = "Also seed tenants that are already up to date (normally skipped)." };
var root = new RootCommand(
    "Migrates the host database and seeds the host (admin user, OAuth client, exercise library), then every tenant: " +
    "shared-database tenants are seeded, tenants with their own database are migrated and seeded in parallel. " +
    "Resumable: failed and pending tenants are retried on the next run. Exit code 1 when any tenant failed.")
{
    demo,
    parallel,
    reseed,
};
root.TreatUnmatchedTokensAsErrors = false;
root.SetAction(async (parse, cancellationToken) =>
{
    var degree = parse.GetValue(parallel);
    if (degree < 1)
    {
        await Console.Error.WriteLineAsync("--parallel must be at least 1.");
        return 2;
    }

    using var host = BuildHost(parse.UnmatchedTokens);
    return await MigratorCommands.MigrateAsync(host.Services, CreateConsole(), parse.GetValue(demo), degree, parse.GetValue(reseed), cancellationToken);
});

var tenantArgument = new Argument<string>("tenant") { Description = "Name or id of the deleted tenant." };
var confirm = new Option<bool>("--confirm") { Description = "Really erase; without it the command only says what it would erase." };
var dropDatabase = new Option<bool>("--drop-database") { Description = "For a tenant with its own database: drop that database (else its tenant rows are deleted and the database is kept)." };
var purge = new Command("purge-tenant", "Erases a deleted tenant for good: its rows in every tenant table, its custom domains, migration status and tenant row.")
{
    tenantArgument,
    confirm,
    dropDatabase,
};
purge.TreatUnmatchedTokensAsErrors = false;
purge.SetAction(async (parse, cancellationToken) =>
{
    using var host = BuildHost(parse.UnmatchedTokens);
    return await MigratorCommands.PurgeTenantAsync(
        host.Services, CreateConsole(), parse.GetValue(tenantArgument)!, parse.GetValue(confirm), parse.GetValue(dropDatabase), cancellationToken);
});
root.Subcommands.Add(purge);
return await root.Parse(args).InvokeAsync();

static IHost BuildHost(IReadOnlyList<string> configurationArgs)
{
    var builder = Host.CreateApplicationBuilder(configurationArgs.ToArray());
    builder.Logging.ClearProviders();
    builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
    builder.Logging.AddFilter("FitSaaS", LogLevel.Warning);
    builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
    builder.Services.AddFitSaaSApplication<DbMigratorModule>(builder.Configuration);
    return builder.Build();
}

// Redirected output (CI, files, pipes) gets plain text: no colours, no live progress bars.
static IAnsiConsole CreateConsole() => AnsiConsole.Create(new AnsiConsoleSettings
{
    Ansi = Console.IsOutputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
    Interactive = Console.IsOutputRedirected ? InteractionSupport.No : InteractionSupport.Detect,
    ColorSystem = Console.IsOutputRedirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
});
