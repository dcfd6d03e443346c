using System.CommandLine;
using FitSaaS.DbMigrator;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var demo = new Option<bool>("--demo") { Description = "Also create and seed the demo tenant 'demo-gym' (admin, 2 staff, 20 members, a location, class types, two weeks of sessions)." };
var root = new RootCommand("Migrates the FitSaaS database and seeds the host (admin user, OAuth client, exercise library) and every tenant. Idempotent.")
{
    demo,
};
root.TreatUnmatchedTokensAsErrors = false;
root.SetAction(async (parse, cancellationToken) =>
{
    var builder = Host.CreateApplicationBuilder(parse.UnmatchedTokens.ToArray());
    builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
    builder.Services.AddFitSaaSApplication<DbMigratorModule>(builder.Configuration);
    using var host = builder.Build();
    try
    {
        await host.StartAsync(cancellationToken);
        var includeDemo = parse.GetValue(demo);
        await host.Services.GetRequiredService<DbMigrationService>().MigrateAsync(includeDemo, cancellationToken);
        await host.StopAsync(cancellationToken);
        Console.WriteLine(includeDemo ? "Database migrated and seeded (with demo tenant 'demo-gym')." : "Database migrated and seeded.");
        return 0;
    }
#pragma warning disable CA1031 // The migrator reports any failure as a message and a non-zero exit code.
    catch (Exception ex)
#pragma warning restore CA1031
    {
        await Console.Error.WriteLineAsync($"Migration failed: {ex.GetType().Name}: {ex.Message}");
        if (ex.InnerException is not null)
        {
            await Console.Error.WriteLineAsync($"  caused by {ex.InnerException.GetType().Name}: {ex.InnerException.Message}");
        }

        return 1;
    }
});
return await root.Parse(args).InvokeAsync();
