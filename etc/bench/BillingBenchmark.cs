#:sdk Microsoft.NET.Sdk.Web
#:project ../../src/FitSaaS.Application/FitSaaS.Application.csproj
#:project ../../src/FitSaaS.EntityFrameworkCore/FitSaaS.EntityFrameworkCore.csproj
#:property PublishAot=false
#:property NoWarn=$(NoWarn);CA1050;CS1591;CA1515;CA1812;CA2007;CA1849;CA2100;ASP0000

// Issue 15's billing benchmarks (docs/benchmarks.md §16), on PostgreSQL:
// (a) the renewal job (MembershipLifecycleJob) over 10,000 memberships of one tenant whose period ended: time, SQL
//     commands (EF Core's "command executed" events), allocations and the largest managed heap seen (sampled every 50 ms),
//     then a second run that must bill nothing; baseline in the same run: the same 10,000 invoices with one line each and
//     10,000 grants inserted by plain EF Core saves of 100, without locks, sequence or look-ups.
// (b) a member's balances and a page of their ledger with 5,000 ledger rows: median and p95 of 200 reads each through the
//     repository (EF Core, in process: the server's time, no HTTP), after VACUUM ANALYZE (what autovacuum does after a
//     bulk insert); baseline: the same sum as one raw Npgsql command.
//   FITSAAS_PG_DIR=/tmp/pg-bench-billing FITSAAS_PG_PORT=55504 bash etc/scripts/postgres.sh start
//   dotnet run -c Release etc/bench/BillingBenchmark.cs -- "<connection string of the fitsaas role>" [--renewal-only]
// --renewal-only measures the renewal job's two runs and stops: no baseline, no ledger reads. --reads-only measures only
// the ledger reads (no memberships to renew, no baseline); --keep leaves the database for EXPLAIN.
using System.Diagnostics;
using System.Globalization;
using FitSaaS;
using FitSaaS.Billing;
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

var server = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "Host=127.0.0.1;Port=55504;Username=fitsaas;Password=fitsaas";
var renewalOnly = args.Contains("--renewal-only");
var readsOnly = args.Contains("--reads-only");
var keep = args.Contains("--keep");
const int MembershipCount = 10_000;
const int LedgerRows = 5_000;
const int Reads = 200;
var database = new NpgsqlConnectionStringBuilder(server) { Database = "fitsaas_bench_billing" }.ConnectionString;
await ExecuteAsync(server, "DROP DATABASE IF EXISTS fitsaas_bench_billing WITH (FORCE)");
await ExecuteAsync(server, "CREATE DATABASE fitsaas_bench_billing");
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
    var tenant = await scope.ServiceProvider.GetRequiredService<TenantManager>().CreateAsync("bench-billing");
    await scope.ServiceProvider.GetRequiredService<ITenantRepository>().InsertAsync(tenant, autoSave: true);
    await unitOfWork.CompleteAsync();
    tenantId = tenant.Id;
}

using var asTenant = provider.GetRequiredService<ICurrentTenant>().Change(tenantId);
var now = DateTime.UtcNow;
var today = DateOnly.FromDateTime(now);
Plan plan;
await using (var scope = provider.CreateAsyncScope())
{
    await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
    plan = await scope.ServiceProvider.GetRequiredService<PlanManager>().CreateAsync(
        "8 classes a month", null, new PlanTerms(PlanKind.Membership, 13900, 8.875m, TaxMode.Exclusive, BillingInterval.Month, 1, Allowance: 8));
    await unitOfWork.CompleteAsync();
}

// 10,000 active memberships whose first period ended yesterday or earlier (started 31–40 days ago).
for (var batch = 0; batch < (readsOnly ? 0 : MembershipCount / 1000); batch++)
{
    await using var scope = provider.CreateAsyncScope();
    await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
    var guids = scope.ServiceProvider.GetRequiredService<IGuidGenerator>();
    var repository = scope.ServiceProvider.GetRequiredService<IMembershipRepository>();
    for (var i = 0; i < 1000; i++)
    {
        var membership = new Membership(guids.Create(), tenantId, guids.Create(), plan, today.AddDays(-31 - (i % 10)), "UTC", now.AddDays(-40));
        membership.Activate(now.AddDays(-40));
        await repository.InsertAsync(membership);
    }

    await unitOfWork.CompleteAsync();
}

var commands = new CommandCounter();
using var subscription = DiagnosticListener.AllListeners.Subscribe(commands);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{MembershipCount} memberships due for renewal; PostgreSQL {new NpgsqlConnectionStringBuilder(server).Host}:{new NpgsqlConnectionStringBuilder(server).Port}; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
Console.WriteLine("| run | time | SQL commands | allocated | largest managed heap | invoices after |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|");
foreach (var run in readsOnly ? [] : new[] { "renewal job, first run (bills 10,000 periods)", "renewal job, second run (bills nothing)" })
{
    GC.Collect();
    commands.Reset();
    var allocated = GC.GetTotalAllocatedBytes(true);
    long heap = 0;
    using var sampler = new Timer(_ => heap = Math.Max(heap, GC.GetGCMemoryInfo().HeapSizeBytes), null, 0, 50);
    var stopwatch = Stopwatch.StartNew();
    await using (var scope = provider.CreateAsyncScope())
    {
        await scope.ServiceProvider.GetRequiredService<MembershipLifecycleJob>().ExecuteAsync(new MembershipLifecycleArgs(), CancellationToken.None);
    }

    stopwatch.Stop();
    heap = Math.Max(heap, GC.GetGCMemoryInfo().HeapSizeBytes);
    var (sql, allocatedMb, invoiceCount) = (commands.Count, (GC.GetTotalAllocatedBytes(true) - allocated) / 1048576.0, await CountAsync<Invoice>());
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {run} | {stopwatch.Elapsed.TotalSeconds:0.0} s | {sql} | {allocatedMb:0} MB | {heap / 1048576.0:0} MB | {invoiceCount} |"));
}

if (renewalOnly)
{
    NpgsqlConnection.ClearAllPools();
    await ExecuteAsync(server, "DROP DATABASE IF EXISTS fitsaas_bench_billing WITH (FORCE)");
    return;
}

// The bare baseline: 10,000 invoices with a line and 10,000 grants (and one owner membership per 100), inserted by plain saves of 100 (no locks, sequence, look-ups).
if (!readsOnly)
{
    commands.Reset();
    var stopwatch = Stopwatch.StartNew();
    for (var batch = 0; batch < MembershipCount / 100; batch++)
    {
        await using var scope = provider.CreateAsyncScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        var guids = scope.ServiceProvider.GetRequiredService<IGuidGenerator>();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
        var owner = new Membership(guids.Create(), tenantId, guids.Create(), plan, today, "UTC", now);
        db.Add(owner);
        for (var i = 0; i < 100; i++)
        {
            var invoice = new Invoice(guids.Create(), tenantId, owner.MemberId, null, "USD", null);
            invoice.AddLine(guids.Create(), new InvoiceLineDraft(InvoiceLineKind.Plan, "8 classes a month", 13900, 1, 8.875m));
            db.Add(invoice);
            var entitlement = new Entitlement(guids.Create(), tenantId, owner, $"baseline:{batch}:{i}", false, today, today.AddDays(30), null, now);
            db.Add(entitlement);
            db.Add(new EntitlementLedgerEntry(guids.Create(), tenantId, entitlement.Id, owner.MemberId, EntitlementAction.Grant, 8, entitlement.SourceKey, null, now));
        }

        await unitOfWork.CompleteAsync();
    }

    stopwatch.Stop();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| baseline: 10,000 invoices and grants in plain saves of 100 | {stopwatch.Elapsed.TotalSeconds:0.0} s | {commands.Count} | — | — | — |"));
}

// (b) One member with 5,000 ledger rows: a grant of 5,000 and 4,999 bookings' consumptions.
Guid member;
await using (var scope = provider.CreateAsyncScope())
{
    await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
    var guids = scope.ServiceProvider.GetRequiredService<IGuidGenerator>();
    var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
    var owner = new Membership(guids.Create(), tenantId, guids.Create(), plan, today, "UTC", now);
    member = owner.MemberId;
    db.Add(owner);
    var entitlement = new Entitlement(guids.Create(), tenantId, owner, "ledger-bench", false, today.AddDays(-365), today.AddDays(365), null, now);
    db.Add(entitlement);
    db.Add(new EntitlementLedgerEntry(guids.Create(), tenantId, entitlement.Id, member, EntitlementAction.Grant, LedgerRows, "ledger-bench", null, now.AddDays(-365)));
    for (var i = 1; i < LedgerRows; i++)
    {
        var booking = guids.Create();
        db.Add(new EntitlementLedgerEntry(guids.Create(), tenantId, entitlement.Id, member, EntitlementAction.Consume, -1, EntitlementLedgerEntry.BookingKey(booking), booking, now.AddDays(-365).AddMinutes(i * 100)));
    }

    await unitOfWork.CompleteAsync();
}

// The tables as a running database has them after a bulk insert: analyzed and vacuumed (autovacuum does both once the
// inserts pass its threshold), so the planner knows the row counts and index-only scans need no table reads.
await using (var maintenance = new NpgsqlConnection(database))
{
    await maintenance.OpenAsync();
    await using var vacuum = new NpgsqlCommand("VACUUM ANALYZE", maintenance);
    await vacuum.ExecuteNonQueryAsync();
}

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"A member with {LedgerRows} ledger rows, {Reads} reads each:"));
Console.WriteLine("| read | median | p95 |");
Console.WriteLine("|---|---:|---:|");
await MeasureAsync("balances (GetBalancesAsync: entitlements with their sums)", async sp =>
    (await sp.GetRequiredService<IEntitlementRepository>().GetBalancesAsync(member, today, false)).Count);
await MeasureAsync("ledger, first page of 50 (GetLedgerAsync, newest first, with the total)", async sp =>
    (await sp.GetRequiredService<IEntitlementRepository>().GetLedgerAsync(member, null, 0, 50)).Items.Count);
await using (var raw = new NpgsqlConnection(database))
{
    await raw.OpenAsync();
    await using (var rls = new NpgsqlCommand($"SELECT set_config('fitsaas.tenant_id', '{tenantId}', false)", raw))
    {
        await rls.ExecuteNonQueryAsync();
    }

    var times = new List<double>();
    for (var i = 0; i < Reads + 20; i++)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var command = new NpgsqlCommand("SELECT COALESCE(SUM(\"Quantity\"), 0) FROM \"EntitlementLedger\" WHERE \"MemberId\" = @m", raw);
        command.Parameters.AddWithValue("m", member);
        await command.ExecuteScalarAsync();
        if (i >= 20)
        {
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }
    }

    Report("baseline: the member's sum, one raw Npgsql command", times);
}

NpgsqlConnection.ClearAllPools();
if (keep)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kept database fitsaas_bench_billing; tenant {tenantId}, member {member}"));
    return;
}

await ExecuteAsync(server, "DROP DATABASE IF EXISTS fitsaas_bench_billing WITH (FORCE)");

async Task MeasureAsync(string name, Func<IServiceProvider, Task<int>> read)
{
    var times = new List<double>();
    for (var i = 0; i < Reads + 20; i++)
    {
        await using var scope = provider.CreateAsyncScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(new UnitOfWorkOptions { IsTransactional = false });
        var stopwatch = Stopwatch.StartNew();
        await read(scope.ServiceProvider);
        stopwatch.Stop();
        if (i >= 20)
        {
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }
    }

    Report(name, times);
}

static void Report(string name, List<double> times)
{
    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {times[times.Count / 2]:0.00} ms | {times[(int)(times.Count * 0.95)]:0.00} ms |"));
}

async Task<int> CountAsync<T>()
    where T : class
{
    await using var scope = provider.CreateAsyncScope();
    var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
    return await db.Set<T>().CountAsync();
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
