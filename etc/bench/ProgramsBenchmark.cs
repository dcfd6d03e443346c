#:sdk Microsoft.NET.Sdk.Web
#:project ../../src/FitSaaS.Application/FitSaaS.Application.csproj
#:project ../../src/FitSaaS.EntityFrameworkCore/FitSaaS.EntityFrameworkCore.csproj
#:property PublishAot=false
#:property NoWarn=$(NoWarn);CA1050;CS1591;CA1515;CA1812;CA2007;CA1849;CA2100;ASP0000;CA5394;CA1303

// Issue 17's Programs benchmarks (docs/benchmarks.md §20), on PostgreSQL, in process (the server's time, no HTTP):
// (a) a day's leaderboard over 1,000 results: one published workout (for time, 10-minute cap) on a track's date, 1,000
//     members' results (60 % Rx finishers, 20 % scaled finishers, 20 % capped, Rx and scaled): median and p95 of 200 reads of
//     what LeaderboardAppService does before naming the members: IWorkoutResultRepository.GetForTrackDateAsync (and
//     measured again third, to see the warm-up) + LeaderboardBuilder.Build (divisions, Rx above scaled, capped below finishers, ties).
// (b) a member's PR list with 5,000 results (50 keys × 100: 40 lifts — 1RM/3RM/5RM — and 10 for-time benchmarks):
//     IWorkoutResultRepository.GetCurrentPersonalRecordsAsync, median and p95 of 200 reads.
// (c) a back-dated lift among 1,000 results of its key: WorkoutResultManager.LogLiftAsync (the key's lock, its chain read
//     tracked, PersonalRecordChain, the flags saved) + SaveChanges in a transactional unit of work, rolled back; 50 runs,
//     each a new best back-dated to a random day inside the chain's span (so flags after it change).
// Baselines in the same run: the same rows read by one raw Npgsql statement each; for (c), the key's rows read and one row
// inserted by raw Npgsql in a transaction, rolled back. Data is written by binary COPY into a temporary table and one INSERT … SELECT (flags computed by
// PersonalRecordChain, as the manager would have left them), then VACUUM ANALYZE.
//   FITSAAS_PG_PORT=55633 FITSAAS_PG_DIR=/tmp/h-bench/pg bash etc/scripts/postgres.sh start | tail -1
//   dotnet run -c Release etc/bench/ProgramsBenchmark.cs -- "<connection string of the fitsaas role>" [--keep]
// --keep leaves the database fitsaas_bench_programs for EXPLAIN.
using System.Diagnostics;
using System.Globalization;
using FitSaaS;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.Modularity;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Programs;
using FitSaaS.TenantManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

var server = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "Host=127.0.0.1;Port=55633;Username=fitsaas;Password=fitsaas";
var keep = args.Contains("--keep");
const int BoardResults = 1_000;
const int MemberResults = 5_000;
const int MemberKeys = 50;
const int ChainResults = 1_000;
const int Reads = 200;
const int Warmup = 20;
const int Recomputes = 50;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; load average before: {File.ReadAllText("/proc/loadavg").Trim()}; {Environment.ProcessorCount} cores"));
var database = new NpgsqlConnectionStringBuilder(server) { Database = "fitsaas_bench_programs" }.ConnectionString;
await ExecuteAsync(server, "DROP DATABASE IF EXISTS fitsaas_bench_programs WITH (FORCE)");
await ExecuteAsync(server, "CREATE DATABASE fitsaas_bench_programs");
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

Guid tenantId;
await using (var scope = provider.CreateAsyncScope())
{
    await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
    var tenant = await scope.ServiceProvider.GetRequiredService<TenantManager>().CreateAsync("bench-programs");
    await scope.ServiceProvider.GetRequiredService<ITenantRepository>().InsertAsync(tenant, autoSave: true);
    await unitOfWork.CompleteAsync();
    tenantId = tenant.Id;
}

using var asTenant = provider.GetRequiredService<ICurrentTenant>().Change(tenantId);
var random = new Random(17);
var now = DateTime.UtcNow;
var nowUs = new DateTime(now.Ticks - (now.Ticks % 10), DateTimeKind.Utc);
var rows = new List<Row>();

// (a) The day's workout: "Fran"-like, for time with a 600 s cap, on a track's yesterday; 1,000 members, one result each.
var trackId = Guid.NewGuid();
var day = DateOnly.FromDateTime(now).AddDays(-1);
var publishedWorkoutId = Guid.NewGuid();
var workoutId = Guid.NewGuid();
var dayStart = day.ToDateTime(new TimeOnly(6, 0), DateTimeKind.Utc);
for (var i = 0; i < BoardResults; i++)
{
    var member = Guid.NewGuid();
    var kind = i % 10; // 0–5 Rx finisher, 6–7 scaled finisher, 8 capped Rx, 9 capped scaled
    var division = kind is 6 or 7 or 9 ? WorkoutDivision.Scaled : WorkoutDivision.Rx;
    var capped = kind >= 8;
    var capReps = random.Next(20, 45);
    var score = capped
        ? WorkoutScore.FromStored(ScoringType.ForTime, capReps, true, null, capReps, ScoreUnit.Count, null) // as WorkoutScore.Create stores CAP + reps
        : Seconds(random.Next(150, 600)); // ties happen: 450 distinct times for 800 finishers

    rows.Add(new Row(member, dayStart.AddMinutes(i % 600), score, division, "Fran", ScoringType.ForTime, 600)
    {
        PublishedWorkoutId = publishedWorkoutId, WorkoutId = workoutId, WorkoutVersion = 1, PersonalRecordWorkoutId = workoutId,
        TrackId = trackId, Date = day, Key = WorkoutResult.WorkoutKey(workoutId, ScoringType.ForTime, division),
    });
}

// (b) One member, 5,000 results over 50 keys: 40 lifts (1RM/3RM/5RM of different exercises), 10 for-time benchmarks.
var prMember = Guid.NewGuid();
for (var k = 0; k < MemberKeys; k++)
{
    var target = Guid.NewGuid();
    for (var j = 0; j < MemberResults / MemberKeys; j++)
    {
        var performed = nowUs.AddDays(-1500 + (j * 15) + random.Next(0, 10)).AddMinutes(k);
        if (k < 40)
        {
            var repMax = new[] { 1, 3, 5 }[k % 3];
            rows.Add(new Row(prMember, performed, Kilograms(random.Next(400, 1800) / 10m), WorkoutDivision.Rx, $"Lift {k} {repMax}RM", ScoringType.Load, null)
            {
                ExerciseId = target, RepMax = repMax, Key = WorkoutResult.LiftKey(target, repMax, WorkoutDivision.Rx),
            });
        }
        else
        {
            rows.Add(new Row(prMember, performed, Seconds(random.Next(150, 1200)), WorkoutDivision.Rx, $"Benchmark {k}", ScoringType.ForTime, 1200)
            {
                WorkoutId = target, WorkoutVersion = 1, PersonalRecordWorkoutId = target, Key = WorkoutResult.WorkoutKey(target, ScoringType.ForTime, WorkoutDivision.Rx),
            });
        }
    }
}

// (c) One member, one key (back squat 1RM, Rx) with 1,000 results over ~4 years.
var chainMember = Guid.NewGuid();
var squat = Guid.NewGuid();
var chainKey = WorkoutResult.LiftKey(squat, 1, WorkoutDivision.Rx);
for (var j = 0; j < ChainResults; j++)
{
    rows.Add(new Row(chainMember, nowUs.AddDays(-1500).AddHours(j * 36), Kilograms(random.Next(800, 1600) / 10m), WorkoutDivision.Rx, "Back squat 1RM", ScoringType.Load, null)
    {
        ExerciseId = squat, RepMax = 1, Key = chainKey,
    });
}

// The flags as the manager leaves them: PersonalRecordChain over each member's key.
foreach (var chain in rows.GroupBy(r => (r.MemberId, r.Key)))
{
    var flags = PersonalRecordChain.Compute(chain.Select(r => new PersonalRecordCandidate(r.Id, r.PerformedAt, r.LoggedAt, r.Score)));
    foreach (var row in chain)
    {
        (row.IsPersonalRecord, row.IsCurrentPersonalRecord) = (flags[row.Id].IsPersonalRecord, flags[row.Id].IsCurrentPersonalRecord);
    }
}

// COPY is refused on a table with row-level security: COPY into a temporary copy, then one INSERT … SELECT (RLS checked).
await using (var connection = await OpenAsTenantAsync())
{
    await using (var create = new NpgsqlCommand("""CREATE TEMP TABLE "Seed" (LIKE "WorkoutResults" INCLUDING DEFAULTS)""", connection))
    {
        await create.ExecuteNonQueryAsync();
    }

    var writer = await connection.BeginBinaryImportAsync("""
        COPY "Seed" ("Id","TenantId","MemberId","LoggedByUserId","LoggedAtUtc","PublishedWorkoutId","WorkoutId","WorkoutVersion",
        "PersonalRecordWorkoutId","ExerciseId","RepMax","TrackId","Date","Title","ScoringType","TimeCapSeconds","HasScaledLevel","Division",
        "ScoreValue","IsCapped","ScoreRounds","ScoreReps","DisplayUnit","DisplayValue","PerformedAtUtc","PersonalRecordKey","IsPersonalRecord",
        "IsCurrentPersonalRecord","ConcurrencyStamp","CreationTime","IsDeleted") FROM STDIN (FORMAT BINARY)
        """);
    foreach (var r in rows)
    {
        await writer.StartRowAsync();
        await writer.WriteAsync(r.Id, NpgsqlDbType.Uuid);
        await writer.WriteAsync(tenantId, NpgsqlDbType.Uuid);
        await writer.WriteAsync(r.MemberId, NpgsqlDbType.Uuid);
        await writer.WriteAsync(r.MemberId, NpgsqlDbType.Uuid);
        await writer.WriteAsync(r.LoggedAt, NpgsqlDbType.TimestampTz);
        await WriteNullableAsync(writer, r.PublishedWorkoutId, NpgsqlDbType.Uuid);
        await WriteNullableAsync(writer, r.WorkoutId, NpgsqlDbType.Uuid);
        await WriteNullableAsync(writer, r.WorkoutVersion, NpgsqlDbType.Integer);
        await WriteNullableAsync(writer, r.PersonalRecordWorkoutId, NpgsqlDbType.Uuid);
        await WriteNullableAsync(writer, r.ExerciseId, NpgsqlDbType.Uuid);
        await WriteNullableAsync(writer, r.RepMax, NpgsqlDbType.Integer);
        await WriteNullableAsync(writer, r.TrackId, NpgsqlDbType.Uuid);
        await WriteNullableAsync(writer, r.Date, NpgsqlDbType.Date);
        await writer.WriteAsync(r.Title, NpgsqlDbType.Varchar);
        await writer.WriteAsync(r.ScoringType.ToString(), NpgsqlDbType.Varchar);
        await WriteNullableAsync(writer, r.TimeCapSeconds, NpgsqlDbType.Integer);
        await writer.WriteAsync(true, NpgsqlDbType.Boolean);
        await writer.WriteAsync(r.Division.ToString(), NpgsqlDbType.Varchar);
        await WriteNullableAsync(writer, r.Score.Value, NpgsqlDbType.Numeric);
        await writer.WriteAsync(r.Score.IsCapped, NpgsqlDbType.Boolean);
        await WriteNullableAsync(writer, r.Score.Rounds, NpgsqlDbType.Integer);
        await WriteNullableAsync(writer, r.Score.Reps, NpgsqlDbType.Integer);
        await writer.WriteAsync(r.Score.DisplayUnit.ToString(), NpgsqlDbType.Varchar);
        await WriteNullableAsync(writer, r.Score.DisplayValue, NpgsqlDbType.Numeric);
        await writer.WriteAsync(r.PerformedAt, NpgsqlDbType.TimestampTz);
        await writer.WriteAsync(r.Key, NpgsqlDbType.Varchar);
        await writer.WriteAsync(r.IsPersonalRecord, NpgsqlDbType.Boolean);
        await writer.WriteAsync(r.IsCurrentPersonalRecord, NpgsqlDbType.Boolean);
        await writer.WriteAsync(Guid.NewGuid().ToString("N"), NpgsqlDbType.Varchar);
        await writer.WriteAsync(r.LoggedAt, NpgsqlDbType.TimestampTz);
        await writer.WriteAsync(false, NpgsqlDbType.Boolean);
    }

    await writer.CompleteAsync();
    await writer.DisposeAsync();
    await using var insert = new NpgsqlCommand("""INSERT INTO "WorkoutResults" SELECT * FROM "Seed" """, connection);
    await insert.ExecuteNonQueryAsync();
}

// As a running database has them after a bulk insert: analyzed and vacuumed (autovacuum does both past its threshold).
await using (var maintenance = new NpgsqlConnection(database))
{
    await maintenance.OpenAsync();
    await using var vacuum = new NpgsqlCommand("VACUUM ANALYZE", maintenance);
    await vacuum.ExecuteNonQueryAsync();
}

setup.Stop();
var chainRows = rows.Where(r => r.MemberId == chainMember).ToList();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"setup (migrations, tenant, {rows.Count:N0} results by COPY, VACUUM ANALYZE): {setup.Elapsed.TotalSeconds:0.0} s; PRs in the member's list: {rows.Count(r => r.MemberId == prMember && r.IsCurrentPersonalRecord)}; PRs in the 1,000-result chain: {chainRows.Count(r => r.IsPersonalRecord)}"));
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Reads, {Reads} each after {Warmup} warm-up reads, each in its own scope and non-transactional unit of work:"));
Console.WriteLine("| read | rows | median | p95 |");
Console.WriteLine("|---|---:|---:|---:|");
await MeasureAsync("(a) day's leaderboard: GetForTrackDateAsync + LeaderboardBuilder.Build", async sp =>
{
    var results = await sp.GetRequiredService<IWorkoutResultRepository>().GetForTrackDateAsync(trackId, day);
    var boards = LeaderboardBuilder.Build(results);
    return boards.Sum(b => b.Places.Count);
});
await MeasureAsync("(a) same, query only (GetForTrackDateAsync)", async sp =>
    (await sp.GetRequiredService<IWorkoutResultRepository>().GetForTrackDateAsync(trackId, day)).Count);
await MeasureAsync("(a) day's leaderboard again (measured third: the warm-up check)", async sp =>
    LeaderboardBuilder.Build(await sp.GetRequiredService<IWorkoutResultRepository>().GetForTrackDateAsync(trackId, day)).Sum(b => b.Places.Count));
await MeasureRawAsync("(a) baseline: the day's 1,000 rows, one raw Npgsql SELECT",
    """SELECT * FROM "WorkoutResults" WHERE "TrackId" = @a AND "Date" = @d AND NOT "IsDeleted" """, trackId, day);
await MeasureAsync("(b) member's PR list: GetCurrentPersonalRecordsAsync", async sp =>
    (await sp.GetRequiredService<IWorkoutResultRepository>().GetCurrentPersonalRecordsAsync(prMember)).Count);
await MeasureRawAsync("(b) baseline: the member's current PR rows, one raw Npgsql SELECT",
    """SELECT * FROM "WorkoutResults" WHERE "MemberId" = @a AND "IsCurrentPersonalRecord" AND NOT "IsDeleted" ORDER BY "Title", "PersonalRecordKey" """, prMember, null);
await MeasureAsync("(b) one key's PR history (GetPersonalRecordHistoryAsync, 100 results)", async sp =>
    (await sp.GetRequiredService<IWorkoutResultRepository>().GetPersonalRecordHistoryAsync(prMember, rows.First(r => r.MemberId == prMember).Key)).Count);

// (c) Back-dated new bests among the 1,000 results of the chain, each in a transaction rolled back.
var best = chainRows.Max(r => r.Score.Value!.Value);
var chainStart = chainRows.Min(r => r.PerformedAt);
var span = chainRows.Max(r => r.PerformedAt) - chainStart;
var times = new List<double>();
var changed = new List<int>();
for (var i = 0; i < Recomputes + 5; i++)
{
    var performed = chainStart + TimeSpan.FromTicks((long)(span.Ticks * (0.1 + (0.8 * random.NextDouble()))));
    await using var scope = provider.CreateAsyncScope();
    await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(new UnitOfWorkOptions { IsTransactional = true });
    var stopwatch = Stopwatch.StartNew();
    var result = await scope.ServiceProvider.GetRequiredService<WorkoutResultManager>().LogLiftAsync(
        chainMember, chainMember, squat, "Back squat", 1, WorkoutDivision.Rx, new ScoreEntry(best + 2.5m, ScoreUnit.Kilograms, null, null, null, false), performed, null);
    await unitOfWork.SaveChangesAsync();
    stopwatch.Stop();
    if (!result.IsPersonalRecord)
    {
        throw new InvalidOperationException("the back-dated best was not flagged as a personal record");
    }

    if (i >= 5)
    {
        times.Add(stopwatch.Elapsed.TotalMilliseconds);
        changed.Add(chainRows.Count(r => r.IsPersonalRecord && r.PerformedAt > performed));
    }

    // Disposed without CompleteAsync: the transaction rolls back, the chain stays as seeded.
}

Report("(c) back-dated best among 1,000: LogLiftAsync + SaveChanges, rolled back", Recomputes, times);
times.Clear();
await using (var raw = await OpenAsTenantAsync())
{
    for (var i = 0; i < Recomputes + 5; i++)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var transaction = await raw.BeginTransactionAsync();
        await using (var select = new NpgsqlCommand("""SELECT * FROM "WorkoutResults" WHERE "MemberId" = @m AND "PersonalRecordKey" = @k AND NOT "IsDeleted" """, raw, transaction))
        {
            select.Parameters.AddWithValue("m", chainMember);
            select.Parameters.AddWithValue("k", chainKey);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
            }
        }

        await using (var insert = new NpgsqlCommand("""
            INSERT INTO "WorkoutResults" ("Id","TenantId","MemberId","LoggedByUserId","LoggedAtUtc","ExerciseId","RepMax","Title","ScoringType","HasScaledLevel",
            "Division","ScoreValue","IsCapped","DisplayUnit","DisplayValue","PerformedAtUtc","PersonalRecordKey","IsPersonalRecord","IsCurrentPersonalRecord",
            "ConcurrencyStamp","CreationTime","IsDeleted")
            VALUES (@id, @t, @m, @m, now(), @e, 1, 'Back squat 1RM', 'Load', true, 'Rx', 200, false, 'Kilograms', 200, @p, @k, true, false, 'x', now(), false)
            """, raw, transaction))
        {
            insert.Parameters.AddWithValue("id", Guid.NewGuid());
            insert.Parameters.AddWithValue("t", tenantId);
            insert.Parameters.AddWithValue("m", chainMember);
            insert.Parameters.AddWithValue("e", squat);
            insert.Parameters.AddWithValue("p", chainStart.AddDays(100));
            insert.Parameters.AddWithValue("k", chainKey);
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.RollbackAsync();
        stopwatch.Stop();
        if (i >= 5)
        {
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }
    }
}

Report("(c) baseline: the key's 1,000 rows read + one INSERT, raw Npgsql, rolled back", Recomputes, times);
changed.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"(c): earlier PRs after the back-dated best (their flags cleared): median {changed[changed.Count / 2]}, max {changed[^1]}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load average after: {File.ReadAllText("/proc/loadavg").Trim()}"));

NpgsqlConnection.ClearAllPools();
if (keep)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kept database fitsaas_bench_programs; tenant {tenantId}, track {trackId}, day {day:yyyy-MM-dd}, PR member {prMember}, chain member {chainMember}, key {chainKey}"));
    return;
}

await ExecuteAsync(server, "DROP DATABASE IF EXISTS fitsaas_bench_programs WITH (FORCE)");

static WorkoutScore Seconds(int seconds) => WorkoutScore.FromStored(ScoringType.ForTime, seconds, false, null, null, ScoreUnit.Seconds, seconds);

static WorkoutScore Kilograms(decimal kg) => WorkoutScore.FromStored(ScoringType.Load, kg, false, null, null, ScoreUnit.Kilograms, kg);

static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type)
{
    if (value is null)
    {
        await writer.WriteNullAsync();
    }
    else
    {
        await writer.WriteAsync(value, type);
    }
}

async Task<NpgsqlConnection> OpenAsTenantAsync()
{
    var connection = new NpgsqlConnection(database);
    await connection.OpenAsync();
    await using var rls = new NpgsqlCommand($"SELECT set_config('fitsaas.tenant_id', '{tenantId}', false)", connection);
    await rls.ExecuteNonQueryAsync();
    return connection;
}

async Task MeasureAsync(string name, Func<IServiceProvider, Task<int>> read)
{
    var times = new List<double>();
    var count = 0;
    for (var i = 0; i < Reads + Warmup; i++)
    {
        await using var scope = provider.CreateAsyncScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(new UnitOfWorkOptions { IsTransactional = false });
        var stopwatch = Stopwatch.StartNew();
        count = await read(scope.ServiceProvider);
        stopwatch.Stop();
        if (i >= Warmup)
        {
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }
    }

    Report(name, count, times);
}

async Task MeasureRawAsync(string name, string sql, Guid a, DateOnly? d)
{
    await using var raw = await OpenAsTenantAsync();
    var times = new List<double>();
    var count = 0;
    for (var i = 0; i < Reads + Warmup; i++)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var command = new NpgsqlCommand(sql, raw);
        command.Parameters.AddWithValue("a", a);
        if (d is { } date)
        {
            command.Parameters.AddWithValue("d", date);
        }

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
        if (i >= Warmup)
        {
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }
    }

    Report(name, count, times);
}

static void Report(string name, int rows, List<double> times)
{
    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {rows:N0} | {times[times.Count / 2]:0.00} ms | {times[(int)(times.Count * 0.95)]:0.00} ms |"));
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

sealed record Row(Guid MemberId, DateTime PerformedAt, WorkoutScore Score, WorkoutDivision Division, string Title, ScoringType ScoringType, int? TimeCapSeconds)
{
    public Guid Id { get; } = Guid.NewGuid();

    public DateTime LoggedAt => PerformedAt.AddMinutes(30);

    public Guid? PublishedWorkoutId { get; init; }

    public Guid? WorkoutId { get; init; }

    public int? WorkoutVersion { get; init; }

    public Guid? PersonalRecordWorkoutId { get; init; }

    public Guid? ExerciseId { get; init; }

    public int? RepMax { get; init; }

    public Guid? TrackId { get; init; }

    public DateOnly? Date { get; init; }

    public required string Key { get; init; }

    public bool IsPersonalRecord { get; set; }

    public bool IsCurrentPersonalRecord { get; set; }
}
