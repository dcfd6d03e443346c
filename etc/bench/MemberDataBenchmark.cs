#:sdk Microsoft.NET.Sdk.Web
#:project ../../src/FitSaaS.Application/FitSaaS.Application.csproj
#:project ../../src/FitSaaS.EntityFrameworkCore/FitSaaS.EntityFrameworkCore.csproj
#:property PublishAot=false
#:property NoWarn=$(NoWarn);CA1050;CS1591;CA1515;CA1812;CA2007;CA1849;CA2100;ASP0000;CA5394;CA1303;CA1305;CA1307;CA1310;CA1861

// Issue 18's member data benchmarks (docs/benchmarks.md §22), on PostgreSQL, in process (the server's time, no HTTP, no
// authorization or feature checks: the app service is resolved as its class, not through its interface's proxy):
// (a) importing 5,000 members: a 5,000-row member CSV built in memory (names, e-mails, phones, dates of birth; 10 rows
//     invalid: bad e-mails, a missing e-mail, bad and future dates, a bad phone, duplicates) goes through
//     MemberDataAppService.ImportMembersAsync (the size limit, MemberCsvReader.Read, MemberImportManager.ImportAsync, the
//     result DTO) inside a transactional unit of work that completes and an audit scope (as the host's request has; the
//     entity history of the [Audited] users and user roles is collected at save, its entry queued; the background
//     writer's flush is timed apart): (1) a dry run, (2) the real import with
//     skipInvalidRows=true (4,990 created), (3) the same file again (all unchanged); then the real import on 2 more fresh
//     tenants (median of 3); (4) a 20,000-row file (the MaxRows limit, which bounds the import's memory). Wall time, bytes allocated (GC.GetTotalAllocatedBytes(true) delta), working set before/after
//     and the process's peak working set, per-row errors found.
//     Baseline (a floor, not the same work): the same CSV parsed by CsvHelper alone + 5,000 rows written by one binary COPY
//     into a temporary table LIKE "Users".
//     The process's peak working set is cumulative: each row shows the peak so far.
// (b) exporting one member with 10,000 bookings: one location, one class type, 10,000 past class sessions (one every 8 hours
//     over ~9 years) and one booking each for one imported member (80 % checked in, 10 % no-show, 10 % cancelled), written by
//     INSERT … SELECT generate_series as the tenant (row-level security checked), then VACUUM ANALYZE. Timed: the bookings CSV
//     export (MemberDataAppService.ExportAsync("bookings", member) into a counting Stream.Null, in a non-transactional unit of
//     work), 20 runs after 3 warm-ups, median and p95, rows and bytes; the members export of the same member; the GDPR export
//     of the member (the Bookings.Bookings personal data handler alone, and DataSubjectRequestProcessor over every handler
//     into the zip archive, in a transaction rolled back), 5 runs after 1 warm-up. Baseline: the member's 10,000 booking rows
//     (joined to session, class type and location as the export is) read by one raw Npgsql SELECT.
//   FITSAAS_PG_PORT=55661 FITSAAS_PG_DIR=/tmp/h-csvbench/pg bash etc/scripts/postgres.sh start | tail -1
//   dotnet run -c Release etc/bench/MemberDataBenchmark.cs -- "<connection string of the fitsaas role>" [--keep]
// --keep leaves the database fitsaas_bench_memberdata for EXPLAIN.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsvHelper;
using FitSaaS;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.AuditLogging;
using FitSaaS.FeatureManagement;
using FitSaaS.Forms;
using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Data;
using FitSaaS.Framework.Modularity;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.PersonalData;
using FitSaaS.Framework.Uow;
using FitSaaS.TenantManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

var server = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "Host=127.0.0.1;Port=55661;Username=fitsaas;Password=fitsaas";
var keep = args.Contains("--keep");
const string DatabaseName = "fitsaas_bench_memberdata";
const int Members = 5_000;
const int Bookings = 10_000;
const int ExportRuns = 20;
const int ExportWarmup = 3;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; load average before: {File.ReadAllText("/proc/loadavg").Trim()}; {Environment.ProcessorCount} cores"));
var database = new NpgsqlConnectionStringBuilder(server) { Database = DatabaseName }.ConnectionString;
await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {DatabaseName} WITH (FORCE)");
await ExecuteAsync(server, $"CREATE DATABASE {DatabaseName}");
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
var setup = Stopwatch.StartNew();
await provider.GetRequiredService<DbMigrationService>().MigrateAsync(new DbMigrationRunOptions());
var tenantId = await CreateTenantAsync("bench-memberdata");
setup.Stop();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"setup (migrations, host seed, tenant on Pro + its seed): {setup.Elapsed.TotalSeconds:0.0} s"));

// (a) The file: 5,000 rows, 10 of them invalid.
var csv = BuildCsv(Members, out var firstEmail);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CSV: {Members:N0} rows, {csv.Length:N0} bytes"));
Console.WriteLine();
Console.WriteLine("| step | rows: created / updated / unchanged / invalid | wall time (app service + save and commit) | allocated | working set before → after | peak working set (process) | entity history rows, written afterwards by the background audit writer |");
Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");

// A warm-up on a throw-away tenant (the JIT, EF Core's model and query compilation), not reported.
var warmTenant = await CreateTenantAsync("bench-warmup");
await ImportAsync(warmTenant, BuildCsv(100, out _), dryRun: false, "warm-up (100 rows, not reported)", report: false);

await ImportAsync(tenantId, csv, dryRun: true, "(a1) dry run");
var realTimes = new List<double> { await ImportAsync(tenantId, csv, dryRun: false, "(a2) real import, skipInvalidRows (tenant 1)") };
await ImportAsync(tenantId, csv, dryRun: false, "(a3) the same file again");
for (var t = 2; t <= 3; t++)
{
    var fresh = await CreateTenantAsync($"bench-memberdata-{t}");
    realTimes.Add(await ImportAsync(fresh, csv, dryRun: false, $"(a2) real import, skipInvalidRows (fresh tenant {t})"));
}

// The import's limit (Forms:MemberImport:MaxRows = 20,000): what bounds its memory, on a fresh tenant.
var largest = await CreateTenantAsync("bench-memberdata-limit");
await ImportAsync(largest, BuildCsv(20_000, out _), dryRun: false, "(a4) the row limit: 20,000 rows, real import (fresh tenant)");
realTimes.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"(a2) real import, median of 3 fresh tenants: {realTimes[1] / 1000:0.00} s (min {realTimes[0] / 1000:0.00}, max {realTimes[2] / 1000:0.00})"));

// Baseline: CsvHelper alone + one binary COPY into a temporary table LIKE "Users".
{
    GC.Collect();
    var allocatedBefore = GC.GetTotalAllocatedBytes(true);
    var stopwatch = Stopwatch.StartNew();
    var parsed = new List<string[]>(Members);
    using (var reader = CsvReader.Create(csv, new CsvReaderOptions { Separator = ',', TrimWhitespace = true, FieldCountMismatch = CsvFieldCountHandling.Allow }))
    {
        reader.ReadHeader();
        while (reader.Read())
        {
            var row = new string[5];
            for (var i = 0; i < 5 && i < reader.FieldCount; i++)
            {
                row[i] = reader.GetString(i);
            }

            parsed.Add(row);
        }
    }

    var parseMs = stopwatch.Elapsed.TotalMilliseconds;
    await using var connection = new NpgsqlConnection(database);
    await connection.OpenAsync();
    await using (var create = new NpgsqlCommand("""CREATE TEMP TABLE "UsersSeed" (LIKE "Users")""", connection))
    {
        await create.ExecuteNonQueryAsync();
    }

    var now = DateTime.UtcNow;
    var writer = await connection.BeginBinaryImportAsync("""
        COPY "UsersSeed" ("Id","TenantId","UserName","NormalizedUserName","Email","NormalizedEmail","EmailConfirmed","Name","Surname",
        "PhoneNumber","PhoneNumberConfirmed","TwoFactorEnabled","LockoutEnabled","AccessFailedCount","IsActive","ConcurrencyStamp","CreationTime")
        FROM STDIN (FORMAT BINARY)
        """);
    foreach (var row in parsed)
    {
        await writer.StartRowAsync();
        await writer.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
        await writer.WriteAsync(tenantId, NpgsqlDbType.Uuid);
        await writer.WriteAsync(row[0], NpgsqlDbType.Varchar);
        await writer.WriteAsync(row[0].ToUpperInvariant(), NpgsqlDbType.Varchar);
        await writer.WriteAsync(row[0], NpgsqlDbType.Varchar);
        await writer.WriteAsync(row[0].ToUpperInvariant(), NpgsqlDbType.Varchar);
        await writer.WriteAsync(false, NpgsqlDbType.Boolean);
        await writer.WriteAsync(row[1], NpgsqlDbType.Varchar);
        await writer.WriteAsync(row[2], NpgsqlDbType.Varchar);
        await writer.WriteAsync(row[3], NpgsqlDbType.Varchar);
        await writer.WriteAsync(false, NpgsqlDbType.Boolean);
        await writer.WriteAsync(false, NpgsqlDbType.Boolean);
        await writer.WriteAsync(true, NpgsqlDbType.Boolean);
        await writer.WriteAsync(0, NpgsqlDbType.Integer);
        await writer.WriteAsync(true, NpgsqlDbType.Boolean);
        await writer.WriteAsync(Guid.NewGuid().ToString(), NpgsqlDbType.Varchar);
        await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
    }

    var copied = await writer.CompleteAsync();
    await writer.DisposeAsync();
    stopwatch.Stop();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| baseline (a floor, not the same work): CsvHelper parse ({parseMs:0} ms) + one binary COPY of {copied:N0} rows into a temp table LIKE \"Users\" | {parsed.Count:N0} parsed | {stopwatch.Elapsed.TotalSeconds:0.00} s | {Mb(GC.GetTotalAllocatedBytes(true) - allocatedBefore)} | | | |"));
}

// (b) One member, 10,000 bookings.
var memberId = await ScalarAsync<Guid>("""SELECT "Id" FROM "Users" WHERE "NormalizedEmail" = @e""", firstEmail.ToUpperInvariant());
var locationId = Guid.NewGuid();
var classTypeId = Guid.NewGuid();
var seedTimer = Stopwatch.StartNew();
await using (var connection = await OpenAsTenantAsync(tenantId))
{
    await using var seed = new NpgsqlCommand("""
        INSERT INTO "Locations" ("Id","TenantId","Name","TimeZoneId","ConcurrencyStamp","CreationTime","IsDeleted")
        VALUES (@l, @t, 'Riverside', 'Europe/London', 'bench', now(), false);
        INSERT INTO "ClassTypes" ("Id","TenantId","Name","DurationMinutes","DefaultCapacity","ConcurrencyStamp","CreationTime","IsDeleted")
        VALUES (@c, @t, 'Strength & Conditioning', 60, 16, 'bench', now(), false);
        INSERT INTO "ClassSessions" ("Id","TenantId","ClassTypeId","LocationId","StartsAtUtc","DurationMinutes","Capacity","ConfirmedCount",
            "WaitlistCount","IsCancelled","IsCustomized","IsDeleted","LockVersion","ConcurrencyStamp","CreationTime")
        SELECT md5('session' || i)::uuid, @t, @c, @l, date_trunc('hour', now()) - i * interval '8 hours', 60, 16, 1,
            0, false, false, false, 0, 'bench', now() - i * interval '8 hours' - interval '30 days'
        FROM generate_series(1, @n) AS i;
        INSERT INTO "Bookings" ("Id","TenantId","ClassSessionId","MemberId","SessionStartsAtUtc","Status","BookedAtUtc","BookedByStaff",
            "CancelledByStaff","CheckedInAtUtc","NoShowAtUtc","CancelledAtUtc","ConcurrencyStamp","CreationTime")
        SELECT md5('booking' || i)::uuid, @t, md5('session' || i)::uuid, @m, date_trunc('hour', now()) - i * interval '8 hours',
            CASE i % 10 WHEN 0 THEN 'NoShow' WHEN 1 THEN 'Cancelled' ELSE 'CheckedIn' END,
            date_trunc('hour', now()) - i * interval '8 hours' - interval '2 days', i % 7 = 0, false,
            CASE WHEN i % 10 NOT IN (0, 1) THEN date_trunc('hour', now()) - i * interval '8 hours' - interval '5 minutes' END,
            CASE WHEN i % 10 = 0 THEN date_trunc('hour', now()) - i * interval '8 hours' + interval '15 minutes' END,
            CASE WHEN i % 10 = 1 THEN date_trunc('hour', now()) - i * interval '8 hours' - interval '1 day' END,
            'bench', date_trunc('hour', now()) - i * interval '8 hours' - interval '2 days'
        FROM generate_series(1, @n) AS i;
        """, connection);
    seed.Parameters.AddWithValue("l", locationId);
    seed.Parameters.AddWithValue("c", classTypeId);
    seed.Parameters.AddWithValue("t", tenantId);
    seed.Parameters.AddWithValue("m", memberId);
    seed.Parameters.AddWithValue("n", Bookings);
    await seed.ExecuteNonQueryAsync();
}

await using (var maintenance = new NpgsqlConnection(database))
{
    await maintenance.OpenAsync();
    await using var vacuum = new NpgsqlCommand("VACUUM ANALYZE", maintenance);
    vacuum.CommandTimeout = 600;
    await vacuum.ExecuteNonQueryAsync();
}

seedTimer.Stop();
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"(b) setup: {Bookings:N0} sessions + {Bookings:N0} bookings of member {memberId} by INSERT … SELECT, VACUUM ANALYZE: {seedTimer.Elapsed.TotalSeconds:0.0} s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Exports, {ExportRuns} runs after {ExportWarmup} warm-ups unless said, each in its own scope and unit of work:"));
Console.WriteLine("| export | rows | bytes | median | p95 | allocated per run |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|");
await MeasureExportAsync("(b) bookings CSV: MemberDataAppService.ExportAsync(\"bookings\", member)", "bookings", memberId);
await MeasureExportAsync("(b) members CSV of the same member: ExportAsync(\"members\", member)", "members", memberId);
await MeasureAsync("(b) GDPR: the Bookings.Bookings personal data handler's ExportAsync + JSON", 5, 1, true, async sp =>
{
    var handler = sp.GetServices<IPersonalDataHandler>().Single(h => h.Area == "Bookings.Bookings");
    var data = await handler.ExportAsync(memberId) ?? throw new InvalidOperationException("no bookings exported");
    var counter = new CountingStream();
    await System.Text.Json.JsonSerializer.SerializeAsync(counter, data, data.GetType(), new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web) { WriteIndented = true });
    return (Bookings, counter.Length);
});
await MeasureAsync("(b) GDPR: DataSubjectRequestProcessor export (every handler, zip archive saved), rolled back", 5, 1, true, async sp =>
{
    var request = new DataSubjectRequest(Guid.NewGuid(), tenantId, memberId, DataSubjectRequestKind.Export, memberId, null, DateTime.UtcNow);
    request.Start(memberId, DateTime.UtcNow);
    await sp.GetRequiredService<IDataSubjectRequestRepository>().InsertAsync(request);
    await sp.GetRequiredService<DataSubjectRequestProcessor>().ProcessAsync(request, DateTime.UtcNow);
    await sp.GetRequiredService<IUnitOfWorkManager>().Current!.SaveChangesAsync();
    var archive = await sp.GetRequiredService<IDataSubjectRequestArchiveRepository>().FindAsync(request.Id);
    return (request.GetResults().Count(r => r.Exported), archive?.Content.Length ?? 0);
}, "areas with data");

// Baseline: the member's booking rows, joined as the export joins them, one raw Npgsql SELECT.
{
    await using var raw = await OpenAsTenantAsync(tenantId);
    var times = new List<double>();
    var count = 0;
    for (var i = 0; i < ExportRuns + ExportWarmup; i++)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var command = new NpgsqlCommand("""
            SELECT b."MemberId", b."Id", b."ClassSessionId", s."ClassTypeId", t."Name", s."LocationId", l."Name", b."SessionStartsAtUtc",
                s."DurationMinutes", s."CancelledAtUtc", b."Status", b."WaitlistPosition", b."BookedAtUtc", b."BookedByStaff", b."PromotedAtUtc",
                b."CheckedInAtUtc", b."NoShowAtUtc", b."CancelledAtUtc", b."CancelledByStaff"
            FROM "Bookings" b
            LEFT JOIN "ClassSessions" s ON s."Id" = b."ClassSessionId" AND NOT s."IsDeleted"
            LEFT JOIN "ClassTypes" t ON t."Id" = s."ClassTypeId" AND NOT t."IsDeleted"
            LEFT JOIN "Locations" l ON l."Id" = s."LocationId" AND NOT l."IsDeleted"
            WHERE b."MemberId" = @m
            ORDER BY b."SessionStartsAtUtc", b."Id"
            """, raw);
        command.Parameters.AddWithValue("m", memberId);
        count = 0;
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                for (var c = 0; c < reader.FieldCount; c++)
                {
                    _ = reader.IsDBNull(c) ? null : reader.GetValue(c);
                }

                count++;
            }
        }

        stopwatch.Stop();
        if (i >= ExportWarmup)
        {
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }
    }

    Report("(b) baseline: the member's 10,000 booking rows (same joins), one raw Npgsql SELECT", count, 0, times, 0);
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set of the process: {Mb(Process.GetCurrentProcess().PeakWorkingSet64)}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load average after: {File.ReadAllText("/proc/loadavg").Trim()}"));
NpgsqlConnection.ClearAllPools();
if (keep)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kept database {DatabaseName}; tenant {tenantId}, member {memberId}"));
    return;
}

await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {DatabaseName} WITH (FORCE)");

async Task<Guid> CreateTenantAsync(string name)
{
    await using var scope = provider.CreateAsyncScope();
    var sp = scope.ServiceProvider;
    await using var unitOfWork = await sp.GetRequiredService<IUnitOfWorkManager>().BeginAsync(new UnitOfWorkOptions { IsTransactional = true });
    var tenant = await sp.GetRequiredService<TenantManager>().CreateAsync(name);
    // As TenantAppService.CreateAsync: the edition (Pro: unlimited members), the row, then the tenant's seed (roles, admin).
    await sp.GetRequiredService<TenantFeatureManager>().AssignInitialEditionAsync(tenant, null, "Pro");
    await sp.GetRequiredService<ITenantRepository>().InsertAsync(tenant, autoSave: true);
    await sp.GetRequiredService<IDataSeeder>().SeedAsync(new DataSeedContext(tenant.Id));
    await unitOfWork.CompleteAsync();
    return tenant.Id;
}

async Task<double> ImportAsync(Guid tenant, byte[] file, bool dryRun, string name, bool report = true)
{
    using var asTenant = provider.GetRequiredService<ICurrentTenant>().Change(tenant);
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    var process = Process.GetCurrentProcess();
    var workingSetBefore = process.WorkingSet64;
    var allocatedBefore = GC.GetTotalAllocatedBytes(true);
    var stopwatch = Stopwatch.StartNew();
    MemberImportResultDto result;
    double serviceMs;
    // The audit scope the host's request middleware opens: AppUser and AppUserRole are [Audited], so SaveChanges records
    // their entity history into it; the entry is queued for the background writer (flushed below, outside the timing).
    var auditingManager = provider.GetRequiredService<IAuditingManager>();
    var audit = auditingManager.BeginScope();
    audit.Log.TenantId = tenant;
    audit.Log.ExecutionTimeUtc = DateTime.UtcNow;
    await using (var scope = provider.CreateAsyncScope())
    {
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(new UnitOfWorkOptions { IsTransactional = true });
        result = await scope.ServiceProvider.GetRequiredService<MemberDataAppService>()
            .ImportMembersAsync(file, new MemberImportInput { DryRun = dryRun, SkipInvalidRows = true });
        serviceMs = stopwatch.Elapsed.TotalMilliseconds;
        await unitOfWork.CompleteAsync();
    }

    audit.Dispose();
    await auditingManager.SaveAsync(audit.Log);
    stopwatch.Stop();
    var allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
    process.Refresh();
    var flush = Stopwatch.StartNew();
    await provider.GetRequiredService<AuditLogWriter>().FlushAsync();
    flush.Stop();
    var history = audit.Log.EntityChanges.Count;
    if (report)
    {
        var codes = string.Join(", ", result.InvalidRows.SelectMany(r => r.Errors).GroupBy(e => e.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {result.Created:N0} / {result.Updated:N0} / {result.Unchanged:N0} / {result.Invalid} ({codes}) | {stopwatch.Elapsed.TotalSeconds:0.00} s ({serviceMs / 1000:0.00} + {(stopwatch.Elapsed.TotalMilliseconds - serviceMs) / 1000:0.00}) | {Mb(allocated)} | {Mb(workingSetBefore)} → {Mb(process.WorkingSet64)} | {Mb(process.PeakWorkingSet64)} | {history:N0} in {flush.Elapsed.TotalSeconds:0.00} s |"));
    }

    return stopwatch.Elapsed.TotalMilliseconds;
}

async Task MeasureExportAsync(string name, string dataset, Guid member) =>
    await MeasureAsync(name, ExportRuns, ExportWarmup, false, async sp =>
    {
        var output = new CountingStream();
        await sp.GetRequiredService<MemberDataAppService>().ExportAsync(dataset, member, output);
        return (output.Lines - 1, output.Length);
    });

async Task MeasureAsync(string name, int runs, int warmup, bool transactional, Func<IServiceProvider, Task<(int Rows, long Bytes)>> run, string rowsLabel = "")
{
    using var asTenant = provider.GetRequiredService<ICurrentTenant>().Change(tenantId);
    var times = new List<double>();
    (int Rows, long Bytes) last = default;
    long allocated = 0;
    for (var i = 0; i < runs + warmup; i++)
    {
        await using var scope = provider.CreateAsyncScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(new UnitOfWorkOptions { IsTransactional = transactional });
        var allocatedBefore = GC.GetTotalAllocatedBytes(true);
        var stopwatch = Stopwatch.StartNew();
        last = await run(scope.ServiceProvider);
        stopwatch.Stop();
        if (i >= warmup)
        {
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
            allocated += GC.GetTotalAllocatedBytes(true) - allocatedBefore;
        }

        // Transactional runs are disposed without CompleteAsync: rolled back.
    }

    Report(name + (runs != ExportRuns ? $" ({runs} runs after {warmup} warm-up)" : string.Empty), last.Rows, last.Bytes, times, allocated / runs, rowsLabel);
}

static void Report(string name, int rows, long bytes, List<double> times, long allocatedPerRun, string rowsLabel = "")
{
    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {rows:N0}{(rowsLabel.Length > 0 ? " " + rowsLabel : string.Empty)} | {(bytes > 0 ? bytes.ToString("N0", CultureInfo.InvariantCulture) : "")} | {times[times.Count / 2]:0.0} ms | {times[Math.Min(times.Count - 1, (int)(times.Count * 0.95))]:0.0} ms | {(allocatedPerRun > 0 ? Mb(allocatedPerRun) : "")} |"));
}

static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.0} MiB");

static byte[] BuildCsv(int count, out string firstEmail)
{
    string[] first = ["Olivia", "Noah", "Amelia", "Liam", "Isla", "Oliver", "Ava", "Elijah", "Mia", "James", "Sofía", "Mateo", "Zoë", "Lucas", "Chloé", "Jürgen", "Aoife", "Siobhán", "Kwame", "Priya", "Mei", "Hiroshi", "Fatima", "Omar", "Ingrid"];
    string[] last = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson", "O'Brien", "García", "Müller", "Nguyen", "Kowalski", "Okafor", "Van der Berg", "Rossi", "Dubois", "Andersen"];
    var random = new Random(18);
    var builder = new StringBuilder("email,first_name,last_name,phone,date_of_birth\n");
    firstEmail = string.Empty;
    for (var i = 1; i <= count; i++)
    {
        var given = first[random.Next(first.Length)];
        var family = last[random.Next(last.Length)];
        var email = $"{Ascii(given)}.{Ascii(family)}.{i}@example.com".ToLowerInvariant();
        var phone = $"+44 7700 9{random.Next(0, 100_000):00000}";
        var birth = new DateOnly(1950, 1, 1).AddDays(random.Next(0, 58 * 365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // 10 invalid rows among the first 5,000 (none in a smaller warm-up file).
        if (count >= 5_000)
        {
            switch (i)
            {
                case 100: email = "not-an-email"; break;
                case 600: email = "someone@"; break;
                case 1100: email = string.Empty; break;
                case 1600: birth = "31/12/1990"; break;
                case 2100: birth = "2099-01-01"; break;
                case 2600: phone = "call me"; break;
                case 3100: email = firstEmail.ToUpperInvariant(); break; // row 1's e-mail, other case: a duplicate
                case 3600: email = $"{Ascii(first[0])}.dup@example.com"; break;
                case 3601: email = $"{Ascii(first[0])}.dup@example.com"; break; // duplicate of the row above
                case 4100: birth = "1990-02-30"; break;
                case 4600: email = "two@@example.com"; break;
            }
        }

        if (i == 1)
        {
            firstEmail = email;
        }

        builder.Append(email).Append(',').Append(Quote(given)).Append(',').Append(Quote(family)).Append(',').Append(phone).Append(',').Append(birth).Append('\n');
    }

    return Encoding.UTF8.GetBytes(builder.ToString());
}

static string Ascii(string name) => new([.. name.Normalize(NormalizationForm.FormD).Where(c => char.IsAsciiLetter(c))]);

static string Quote(string value) => value.Contains(' ', StringComparison.Ordinal) ? $"\"{value}\"" : value;

async Task<T> ScalarAsync<T>(string sql, object parameter)
{
    await using var connection = await OpenAsTenantAsync(tenantId);
    await using var command = new NpgsqlCommand(sql, connection);
    command.Parameters.AddWithValue("e", parameter);
    return (T)(await command.ExecuteScalarAsync())!;
}

async Task<NpgsqlConnection> OpenAsTenantAsync(Guid tenant)
{
    var connection = new NpgsqlConnection(database);
    await connection.OpenAsync();
    await using var rls = new NpgsqlCommand($"SELECT set_config('fitsaas.tenant_id', '{tenant}', false)", connection);
    await rls.ExecuteNonQueryAsync();
    return connection;
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

/// <summary>A write-only Stream.Null that counts bytes and lines.</summary>
sealed class CountingStream : Stream
{
    public int Lines { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => Position;

    public override long Position { get; set; }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Position += buffer.Length;
        Lines += buffer.Count((byte)'\n');
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }
}
