using FitSaaS.EntityFrameworkCore;
using FitSaaS.EntityFrameworkCore.TenantManagement;
using FitSaaS.Framework.Exceptions;
using FitSaaS.TenantManagement;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace FitSaaS.DbMigrator;

/// <summary>The migrator's commands, separated from argument parsing so tests can run them against a console.</summary>
public static class MigratorCommands
{
    /// <summary>
    /// Migrates and seeds the host and every tenant; shows progress bars on an interactive terminal and plain lines
    /// otherwise (redirected output, CI), then a summary table. Returns 0, or 1 when the host or any tenant failed.
    /// </summary>
    public static async Task<int> MigrateAsync(IServiceProvider services, IAnsiConsole console, bool includeDemo, int parallelism, bool reseed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(console);
        var migrator = services.GetRequiredService<DbMigrationService>();
        IReadOnlyList<TenantMigrationResult> results;
        try
        {
            if (console.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
            {
                results = await console.Progress()
                    .AutoClear(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                    .StartAsync(async progress =>
                    {
                        var overall = progress.AddTask("tenants", maxValue: 1);
                        var running = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                        var total = 0;
                        return await migrator.MigrateAsync(
                            new DbMigrationRunOptions
                            {
                                IncludeDemoData = includeDemo,
                                Parallelism = parallelism,
                                ReseedUpToDate = reseed,
                                TenantStarted = (name, ownDatabase) =>
                                {
                                    lock (running)
                                    {
                                        running[name] = progress.AddTask(Markup.Escape(ownDatabase ? $"{name} (own db)" : name), maxValue: 1).IsIndeterminate();
                                    }
                                },
                                TenantFinished = result =>
                                {
                                    lock (running)
                                    {
                                        total++;
                                        overall.MaxValue = Math.Max(overall.MaxValue, total);
                                        overall.Increment(1);
                                        if (running.Remove(result.TenantName, out var task))
                                        {
                                            task.Description = Markup.Escape($"{result.TenantName}: {result.State}");
                                            task.IsIndeterminate(false).Value = 1;
                                            task.StopTask();
                                        }
                                    }
                                },
                            },
                            cancellationToken);
                    });
            }
            else
            {
                console.WriteLine("Migrating the host database…");
                results = await migrator.MigrateAsync(
                    new DbMigrationRunOptions
                    {
                        IncludeDemoData = includeDemo,
                        Parallelism = parallelism,
                        ReseedUpToDate = reseed,
                        TenantStarted = (name, ownDatabase) => console.WriteLine($"{name}: started{(ownDatabase ? " (own database)" : string.Empty)}"),
                        TenantFinished = result => console.WriteLine(result.Skipped
                            ? $"{result.TenantName}: up to date, skipped"
                            : $"{result.TenantName}: {result.State} in {result.Duration.TotalSeconds:0.0} s{(result.Error is null ? string.Empty : $" — {result.Error}")}"),
                    },
                    cancellationToken);
            }
        }
#pragma warning disable CA1031 // The migrator reports any failure as a message and a non-zero exit code.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            console.MarkupLine($"[red]Migration of the host database failed:[/] {Markup.Escape(TenantDatabaseManager.Describe(ex, null))}");
            return 1;
        }

        WriteSummary(console, results);
        var failed = results.Count(r => r.State == TenantMigrationState.Failed);
        console.WriteLine(failed == 0
            ? $"Database migrated and seeded{(includeDemo ? " (with demo tenant 'demo-gym')" : string.Empty)}; {results.Count} tenant(s) ok."
            : $"{failed} of {results.Count} tenant(s) failed; run the migrator again to retry them.");
        return failed == 0 ? 0 : 1;
    }

    /// <summary>
    /// Purges a deleted tenant. Without <paramref name="confirm"/> prints what it would erase and returns 2; a tenant
    /// that does not exist or is not deleted returns 3; success returns 0 after printing the rows erased per table.
    /// </summary>
    public static async Task<int> PurgeTenantAsync(IServiceProvider services, IAnsiConsole console, string tenant, bool confirm, bool dropDatabase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(console);
        var purge = services.GetRequiredService<TenantPurgeService>();
        try
        {
            if (!confirm)
            {
                var plan = await purge.PlanAsync(tenant, cancellationToken);
                console.WriteLine($"Would erase tenant '{plan.TenantName}' ({plan.TenantId}):" +
                    (plan.HasOwnDatabase ? dropDatabase ? " its own database would be DROPPED, and" : " its rows in its own database, and" : string.Empty));
                WritePurgeTable(console, plan);
                console.WriteLine("Nothing was changed. Add --confirm to erase.");
                return 2;
            }

            var report = await purge.PurgeAsync(tenant, dropDatabase, cancellationToken);
            console.WriteLine($"Purged tenant '{report.TenantName}' ({report.TenantId}){(report.DatabaseDropped ? "; its own database was dropped" : string.Empty)}.");
            WritePurgeTable(console, report);
            return 0;
        }
        catch (BusinessException ex)
        {
            console.MarkupLine($"[red]{Markup.Escape(ex.Code)}[/]: {Markup.Escape(ex.Message)}");
            return 3;
        }
#pragma warning disable CA1031 // The command reports any other failure (database unreachable, not migrated) as a message and exit code 1.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            console.MarkupLine($"[red]Purge failed:[/] {Markup.Escape(TenantDatabaseManager.Describe(ex, null))}");
            return 1;
        }
    }

    private static void WriteSummary(IAnsiConsole console, IReadOnlyList<TenantMigrationResult> results)
    {
        var table = new Table().AddColumns("Tenant", "Database", "Result", "Last migration", "Time", "Error");
        foreach (var result in results)
        {
            var state = result.State == TenantMigrationState.Failed ? "[red]Failed[/]" : result.Skipped ? "Up to date" : "[green]Succeeded[/]";
            table.AddRow(
                Markup.Escape(result.TenantName),
                result.HasOwnDatabase ? "own" : "shared",
                state,
                Markup.Escape(result.LastAppliedMigration ?? "-"),
                $"{result.Duration.TotalSeconds:0.0} s",
                Markup.Escape(result.Error ?? string.Empty));
        }

        console.Write(table);
    }

    private static void WritePurgeTable(IAnsiConsole console, TenantPurgeReport report)
    {
        var table = new Table().AddColumns("Database", "Table", "Rows");
        foreach (var count in report.Tables)
        {
            table.AddRow(count.Database, Markup.Escape(count.Table), count.Rows.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        console.Write(table);
    }
}
