#:sdk Microsoft.NET.Sdk.Web
#:project ../../src/FitSaaS.Application/FitSaaS.Application.csproj
#:project ../../src/FitSaaS.EntityFrameworkCore/FitSaaS.EntityFrameworkCore.csproj
#:property PublishAot=false
#:property NoWarn=$(NoWarn);CA1050;CS1591;CA1515;CA1812;CA2007;CA1849;CA2100;ASP0000

// Issue 14's schedule benchmark (docs/benchmarks.md §13): one tenant with 200 class schedules at three locations in three
// zones (New York, London, Sydney), 1–5 weekdays each; times the generation job (ClassScheduleGenerationJob, as the
// hourly run does it: one transaction, schedules locked one at a time) filling the 42-day horizon, then a second run that
// must add nothing, and counts the SQL commands EF Core sent (its DiagnosticSource events). A bare baseline in the same
// run: the same sessions inserted by one EF Core SaveChanges, without locks or look-ups. Run against a throw-away server:
//   FITSAAS_PG_DIR=/tmp/pg-bench FITSAAS_PG_PORT=55503 bash etc/scripts/postgres.sh start
//   dotnet run -c Release etc/bench/ScheduleGenerationBenchmark.cs -- "<connection string of the fitsaas role>"
using System.Diagnostics;
using System.Globalization;
using FitSaaS;
using FitSaaS.Bookings;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.Modularity;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.TenantManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

var server = args.Length > 0 ? args[0] : "Host=127.0.0.1;Port=55503;Username=fitsaas;Password=fitsaas";
const int ScheduleCount = 200;
var database = new NpgsqlConnectionStringBuilder(server) { Database = "fitsaas_bench_schedules" }.ConnectionString;
await ExecuteAsync(server, "DROP DATABASE IF EXISTS fitsaas_bench_schedules WITH (FORCE)");
await ExecuteAsync(server, "CREATE DATABASE fitsaas_bench_schedules");
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = "PostgreSql",
    ["ConnectionStrings:Default"] = database,
    ["Identity:HostAdminPassword"] = "1q2w3E*bench",
}).Build();
var services = new ServiceCollection();
services.AddSingleton<IConfiguration>(configuration);
services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Error));
var modules = services.AddFitSaaSApplication<BenchModule>(configuration);
await using var provider = services.BuildServiceProvider();
await modules.InitializeAsync(provider);
await provider.GetRequiredService<DbMigrationService>().MigrateAsync(new DbMigrationRunOptions());

Guid tenantId;
await using (var scope = provider.CreateAsyncScope())
{
    await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
    var tenant = await scope.ServiceProvider.GetRequiredService<TenantManager>().CreateAsync("bench-schedules");
    await scope.ServiceProvider.GetRequiredService<ITenantRepository>().InsertAsync(tenant, autoSave: true);
    await unitOfWork.CompleteAsync();
    tenantId = tenant.Id;
}

using var asTenant = provider.GetRequiredService<ICurrentTenant>().Change(tenantId);
var now = DateTime.UtcNow;
await using (var scope = provider.CreateAsyncScope())
{
    var sp = scope.ServiceProvider;
    await using var unitOfWork = await sp.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
    var guids = sp.GetRequiredService<IGuidGenerator>();
    var locations = Zones
        .Select((zone, i) => new Location(guids.Create(), tenantId, $"Studio {i}", zone)).ToList();
    foreach (var location in locations)
    {
        await sp.GetRequiredService<ILocationRepository>().InsertAsync(location, autoSave: true);
    }

    var classType = new ClassType(guids.Create(), tenantId, "WOD", null, 16, 60);
    await sp.GetRequiredService<IClassTypeRepository>().InsertAsync(classType, autoSave: true);
    string[] days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    var manager = sp.GetRequiredService<ClassScheduleManager>();
    for (var i = 0; i < ScheduleCount; i++)
    {
        var location = locations[i % locations.Count];
        var byDay = string.Join(',', Enumerable.Range(0, 1 + (i % 5)).Select(d => days[(i + d) % 7]));
        var schedule = await manager.CreateAsync(new ClassScheduleDefinition(
            classType.Id, location.Id, null, 16, 60, location.ToLocalDate(now), new TimeOnly(6 + (i % 14), i % 2 * 30), $"FREQ=WEEKLY;BYDAY={byDay}", []));
        await sp.GetRequiredService<IClassScheduleRepository>().InsertAsync(schedule);
    }

    await unitOfWork.CompleteAsync();
}

var commands = new CommandCounter();
using var subscription = DiagnosticListener.AllListeners.Subscribe(commands);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ScheduleCount} schedules at 3 locations (New York, London, Sydney), horizon {ClassScheduleConsts.DefaultHorizonDays} days; PostgreSQL {new NpgsqlConnectionStringBuilder(server).Host}:{new NpgsqlConnectionStringBuilder(server).Port}"));
Console.WriteLine("| run | time | SQL commands | sessions after |");
Console.WriteLine("|---|---:|---:|---:|");
foreach (var run in new[] { "first run (fills the horizon)", "second run (adds nothing)" })
{
    commands.Reset();
    var stopwatch = Stopwatch.StartNew();
    await using (var scope = provider.CreateAsyncScope())
    {
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        await scope.ServiceProvider.GetRequiredService<ClassScheduleGenerationJob>().ExecuteAsync(new ClassScheduleGenerationArgs(), CancellationToken.None);
        await unitOfWork.CompleteAsync();
    }

    stopwatch.Stop();
    var count = await CountSessionsAsync();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {run} | {stopwatch.Elapsed.TotalMilliseconds:0} ms | {commands.Count} | {count} |"));
}

// The bare baseline: the same number of sessions, built in memory and saved at once (no locks, no look-ups, no keys checked).
var generated = await CountSessionsAsync();
await using (var scope = provider.CreateAsyncScope())
{
    var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
    var sample = await db.Set<ClassSession>().AsNoTracking().Take(generated).ToListAsync();
    commands.Reset();
    var stopwatch = Stopwatch.StartNew();
    await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
    var guids = scope.ServiceProvider.GetRequiredService<IGuidGenerator>();
    var sessions = scope.ServiceProvider.GetRequiredService<ClassSessionManager>();
    foreach (var s in sample)
    {
        var copy = await sessions.CreateAsync(s.ClassTypeId, s.LocationId, s.StartsAtUtc.AddYears(5), s.DurationMinutes, s.Capacity, null);
        await scope.ServiceProvider.GetRequiredService<IClassSessionRepository>().InsertAsync(copy);
    }

    await unitOfWork.CompleteAsync();
    stopwatch.Stop();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| baseline: {generated} one-off sessions inserted in one save | {stopwatch.Elapsed.TotalMilliseconds:0} ms | {commands.Count} | — |"));
}

NpgsqlConnection.ClearAllPools();
await ExecuteAsync(server, "DROP DATABASE IF EXISTS fitsaas_bench_schedules WITH (FORCE)");

async Task<int> CountSessionsAsync()
{
    await using var scope = provider.CreateAsyncScope();
    var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
    return await db.Set<ClassSession>().CountAsync(s => s.ClassScheduleId != null);
}

static async Task ExecuteAsync(string server, string sql)
{
    await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    await command.ExecuteNonQueryAsync();
}

[DependsOn(typeof(FitSaaSApplicationModule), typeof(FitSaaSEntityFrameworkCoreModule))]
sealed class BenchModule : FitSaaSModule;

// Counts EF Core's "command executed" events (every SQL command EF Core sends, batches counted once).
sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private int _count;

    public int Count => _count;

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            value.Subscribe(this);
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted")
        {
            Interlocked.Increment(ref _count);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }
}

partial class Program
{
    private static readonly string[] Zones = ["America/New_York", "Europe/London", "Australia/Sydney"];
}
