#:package Microsoft.Diagnostics.NETCore.Client@0.2.745401
#:package Microsoft.Diagnostics.Tracing.TraceEvent@3.2.8
#:package Npgsql@10.0.0
#:property ManagePackageVersionsCentrally=false
#:property PublishAot=false
#:property NoWarn=$(NoWarn);CA1050;CS1591;CA1515;CA1812;CA2007;CA1849;CA1303;CA1305;CA1031;CA2234;CA1852;CA1062;CA1307;CA1310;CA2000;CA1001;CA1063;CA1816;CA5394;CA1002;CA1869;CA2016;CA1822

// Issue 5 §6 benchmarks (a) kit overhead, (b) bookings per second and the hot-session storm, (d) cold start and
// memory, and issue 15's (e) booking with Billing's entitlement guard vs without — in one run, against one PostgreSQL and one Redis. Started by etc/bench/run-issue5.sh, which builds
// the host and etc/bench/BareApi.cs in Release and starts the servers:
//   dotnet Issue5Benchmark.dll --host <FitSaaS.HttpApi.Host.dll> --bare <BareApi.dll> --pg <conn> --redis <conf>
//       [--seconds 10] [--warmup 3] [--concurrency 16] [--rounds 3] [--members 200] [--work <dir>]
// It starts the FitSaaS host (Production, PostgreSQL, Redis, auditing on: the real pipeline) and the bare
// minimal-API baseline, seeds a tenant "bench" (Pro edition) with members and sessions through the host's HTTP
// API, then measures. A closed-loop client keeps <concurrency> requests in flight: warm-up, then a fixed duration;
// requests/s and p50/p95/p99 latency. The kit and the baseline alternate within each round on the same data.
// Memory: working set (VmRSS) and GC heap size of the host from its System.Runtime event counters (EventPipe).
using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;

var options = ParseArgs(args);
if (options.TryGetValue("analyze", out var traceFile))
{
    // re-read a profile written by --profile: dotnet Issue5Benchmark.dll --analyze <work>/list-kit.nettrace
    Console.WriteLine(await CpuProfile.AnalyzeAsync(traceFile, Path.ChangeExtension(traceFile, null), options.GetValueOrDefault("callers")));
    return 0;
}

var hostDll = Required("host");
var bareDll = Required("bare");
var pg = Required("pg");
var redis = Required("redis");
var seconds = Int("seconds", 10);
var warmup = Int("warmup", 3);
var jitWarmup = Int("jit-warmup", 20);
var concurrency = Int("concurrency", 16);
var rounds = Int("rounds", 3);
var memberCount = Int("members", 200);
var coldStartRuns = Int("cold-starts", 3);
var stormRuns = Int("storms", 3);
var pgDir = options.GetValueOrDefault("pg-dir");
var work = options.GetValueOrDefault("work") ?? Directory.CreateTempSubdirectory("fitsaas-bench5-").FullName;
Directory.CreateDirectory(work);
const string Password = "1q2w3E*";
const int KitPort = 5291, BarePort = 5292, NoAuditPort = 5293;
var kitUrl = new Uri($"http://127.0.0.1:{KitPort}");
var bareUrl = new Uri($"http://127.0.0.1:{BarePort}");
var noAuditUrl = new Uri($"http://127.0.0.1:{NoAuditPort}");
var report = new List<string>();
var failures = new List<string>();
var processes = new List<Process>();
AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();
Console.CancelKeyPress += (_, _) => StopAll();

try
{
    Log($"work directory {work}; {Environment.ProcessorCount} cores; load average {LoadAverage()}");

    // ---- start the host (first start: migrates and seeds the host database) and seed the data --------------------
    var kit = StartKit("kit-first");
    await WaitAsync(kitUrl, "/health/ready", null, TimeSpan.FromMinutes(3));
    using var anonymous = NewClient(kitUrl, 64);
    var hostAdmin = await TokenAsync(anonymous, null, "admin");
    var tenant = await PostAsync(anonymous, "/api/tenant-management/tenants", hostAdmin, null,
        new { name = "bench", adminEmail = "admin@bench.test", adminPassword = Password, editionName = "Pro" });
    var tenantId = tenant["id"]!.GetValue<Guid>();
    var tenantAdmin = await TokenAsync(anonymous, "bench", "admin");
    var locationId = (await PostAsync(anonymous, "/api/bookings/locations", tenantAdmin, null, new { name = "Main hall" }))["id"]!.GetValue<Guid>();
    var classTypeId = (await PostAsync(anonymous, "/api/bookings/class-types", tenantAdmin, null,
        new { name = "Spin", defaultCapacity = 20, durationMinutes = 45 }))["id"]!.GetValue<Guid>();

    // Issue 14: every booking policy the tenant can set is on — day, week and upcoming limits counted under the member's
    // lock, the strike restriction checked, a waitlist cut-off and size, late cancellation — with values that refuse
    // none of the benchmark's bookings (sessions start hourly from 2030, so no opening window: it would refuse them).
    // BENCH_POLICIES=0 leaves the tenant's defaults (no limit, no strike restriction) for the comparison.
    if (Environment.GetEnvironmentVariable("BENCH_POLICIES") != "0")
    {
    using (var policies = new HttpRequestMessage(HttpMethod.Put, "/api/setting-management/settings/tenant")
    {
        Content = JsonContent.Create(new
        {
            settings = new[]
            {
                new { name = "Bookings.MaxBookingsPerDay", value = "1000" }, new { name = "Bookings.MaxBookingsPerWeek", value = "10000" },
                new { name = "Bookings.MaxUpcomingBookings", value = "100000" }, new { name = "Bookings.StrikeLimit", value = "3" },
                new { name = "Bookings.WaitlistCutoffMinutes", value = "60" }, new { name = "Bookings.WaitlistMaxSize", value = "1000" },
                new { name = "Bookings.FreeCancellationMinutes", value = "720" }, new { name = "Bookings.CancellationCutoffMinutes", value = "60" },
            },
        }),
    })
    {
        policies.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tenantAdmin);
        using var set = await anonymous.SendAsync(policies);
        set.EnsureSuccessStatusCode();
    }
    }

    var seedWatch = Stopwatch.StartNew();
    var members = new (Guid Id, string Token)[memberCount];
    await ParallelAsync(memberCount, 8, async i =>
    {
        var user = await PostAsync(anonymous, "/api/account/register", null, "bench",
            new { userName = $"member{i:D4}", email = $"member{i:D4}@bench.test", password = Password });
        members[i] = (user["id"]!.GetValue<Guid>(), await TokenAsync(anonymous, "bench", $"member{i:D4}"));
    });
    Log($"registered and signed in {memberCount} members in {seedWatch.Elapsed.TotalSeconds:F1} s");

    // Disjoint session slices for the booking runs: a (member, session) pair is booked at most once in the whole run.
    const int SliceSize = 100;
    var sliceCount = (rounds * 3) + 1 + 3;
    var sessionSlices = new List<Guid[]>();
    var sessionStart = new DateTime(2030, 1, 7, 6, 0, 0, DateTimeKind.Utc);
    var sessionIndex = 0;
    seedWatch.Restart();
    for (var s = 0; s < sliceCount; s++)
    {
        sessionSlices.Add(await CreateSessionsAsync(SliceSize, 1000));
    }

    Log($"created {sliceCount * SliceSize} sessions in {seedWatch.Elapsed.TotalSeconds:F1} s");

    // Issue 15 (e): the booking with Billing's entitlement guard against the same booking without it. A second class type
    // is covered by a 1,000-credit pack (valid ten years, free, so the sale activates it) sold to every member: booking it
    // runs the whole guard (the member's lock, live memberships, valid entitlements with their balances, the ledger entry).
    // The first class type stays free (no plan covers it): the guard returns after the cached plan coverage.
    var guardRounds = Int("guard-rounds", rounds);
    seedWatch.Restart();
    var coveredClassTypeId = (await PostAsync(anonymous, "/api/bookings/class-types", tenantAdmin, null,
        new { name = "Spin (members)", defaultCapacity = 20, durationMinutes = 45 }))["id"]!.GetValue<Guid>();
    var packId = (await PostAsync(anonymous, "/api/billing/plans", tenantAdmin, null, new
    {
        name = "1,000-class pack", kind = "ClassPack", price = 0, taxRatePercent = 0, taxMode = "Inclusive", credits = 1000, validityDays = 3650,
        activation = "OnPurchase", classTypeIds = new[] { coveredClassTypeId },
    }))["id"]!.GetValue<Guid>();
    await ParallelAsync(memberCount, 8, async i =>
        await PostAsync(anonymous, "/api/billing/memberships", tenantAdmin, null, new { memberId = members[i].Id, planId = packId }));
    var coveredSlices = new List<Guid[]>();
    var freeSlices = new List<Guid[]>();
    for (var s = 0; s <= guardRounds; s++)
    {
        coveredSlices.Add(await CreateSessionsAsync(SliceSize, 1000, coveredClassTypeId));
        freeSlices.Add(await CreateSessionsAsync(SliceSize, 1000));
    }

    Log($"sold the pack to {memberCount} members and created {(guardRounds + 1) * 2 * SliceSize} sessions for (e) in {seedWatch.Elapsed.TotalSeconds:F1} s");

    // ---- (d) cold start: process start → first 200 on an authenticated endpoint (DB migrated, Redis up) ----------
    // Three starts with Database:MigrateOnStartup=false (the DbMigrator ran: production), then three with the default
    // (true: the host checks the migrations of the host and tenant databases and the seed before it listens). Each
    // start: process start → first 200 on /health/live (listening) → first 200 on the authenticated endpoint.
    StopProcess(kit);
    var coldStarts = new Dictionary<bool, List<(double Live, double First)>> { [false] = [], [true] = [] };
    foreach (var migrate in new[] { false, true })
    {
        for (var i = 0; i < coldStartRuns; i++)
        {
            var watch = Stopwatch.StartNew();
            kit = StartKit($"kit-cold{i}-migrate-{migrate}", migrateOnStartup: migrate);
            await WaitAsync(kitUrl, "/health/live", null, TimeSpan.FromMinutes(3));
            var live = watch.Elapsed.TotalMilliseconds;
            await WaitAsync(kitUrl, "/api/bookings/class-sessions?maxResultCount=1", members[0].Token, TimeSpan.FromMinutes(3));
            coldStarts[migrate].Add((live, watch.Elapsed.TotalMilliseconds));
            Log($"cold start (MigrateOnStartup={migrate}) {i + 1}: listening after {live:F0} ms, first authenticated 200 after {watch.Elapsed.TotalMilliseconds:F0} ms");
            if (!(migrate && i == coldStartRuns - 1))
            {
                StopProcess(kit);
            }
        }
    }

    // ---- (d) the bare baseline's cold start, the same way (its keys come from the kit, which is running) -------------
    // The bare API validates the kit's tokens (JwtBearer, keys from the kit's discovery document) and writes the booking's audit rows.
    var bareColdStarts = new List<(double Live, double First)>();
    Process bare = null!;
    for (var i = 0; i < coldStartRuns; i++)
    {
        var watch = Stopwatch.StartNew();
        bare = StartProcess($"bare-cold{i}", bareDll, [$"http://127.0.0.1:{BarePort}", pg, kitUrl.ToString()], new Dictionary<string, string>());
        await WaitAsync(bareUrl, "/health", null, TimeSpan.FromMinutes(1));
        var live = watch.Elapsed.TotalMilliseconds;
        await WaitAsync(bareUrl, "/bare/class-sessions?maxResultCount=1", members[0].Token, TimeSpan.FromMinutes(1));
        bareColdStarts.Add((live, watch.Elapsed.TotalMilliseconds));
        Log($"bare cold start {i + 1}: listening after {live:F0} ms, first authenticated 200 after {watch.Elapsed.TotalMilliseconds:F0} ms");
        if (i < coldStartRuns - 1)
        {
            StopProcess(bare);
        }
    }

    // ---- (d) memory at idle: the host that just served its first request, after 10 s without requests ------------
    var noAudit = StartKit("kit-noaudit", noAuditUrl, auditing: false);
    await WaitAsync(noAuditUrl, "/api/bookings/class-sessions?maxResultCount=1", members[0].Token, TimeSpan.FromMinutes(3));
    using var kitCounters = new RuntimeCounters(kit.Id);
    using var bareCounters = new RuntimeCounters(bare.Id);
    await Task.Delay(TimeSpan.FromSeconds(10));
    var kitIdle = kitCounters.Snapshot();
    var bareIdle = bareCounters.Snapshot();
    kitCounters.ResetPeaks();

    // ---- (a) kit overhead: list and booking, kit vs bare, alternating within each round --------------------------
    using var kitClient = NewClient(kitUrl, Math.Max(concurrency, 64));
    using var bareClient = NewClient(bareUrl, Math.Max(concurrency, 64));
    using var noAuditClient = NewClient(noAuditUrl, Math.Max(concurrency, 64));
    var listResults = new Dictionary<string, List<LoadResult>> { ["kit"] = [], ["kit-noaudit"] = [], ["bare"] = [] };
    var bookResults = new Dictionary<string, List<LoadResult>> { ["kit"] = [], ["kit-noaudit"] = [], ["bare"] = [] };
    string[] Order(int round) => (round % 3) switch
    {
        1 => ["kit", "kit-noaudit", "bare"],
        2 => ["bare", "kit", "kit-noaudit"],
        _ => ["kit-noaudit", "bare", "kit"],
    };
    (HttpClient Client, Process Process) Target(string variant) => variant switch
    {
        "kit" => (kitClient, kit),
        "kit-noaudit" => (noAuditClient, noAudit),
        _ => (bareClient, bare),
    };
    const string KitListPath = "/api/bookings/class-sessions?maxResultCount=10";
    const string BareListPath = "/bare/class-sessions?maxResultCount=10";
    var nextSlice = 0;

    // Tiered JIT: the kit runs far more code than the bare API; run every variant and endpoint unrecorded first, so
    // the measured rounds see steady-state (tier-1) code.
    foreach (var variant in Order(1))
    {
        var (client, process) = Target(variant);
        var listPath = variant == "bare" ? BareListPath : KitListPath;
        var bookPath = variant == "bare" ? "/bare/bookings" : "/api/bookings/bookings";
        var slice = sessionSlices[nextSlice++];
        await LoadAsync(client, process, concurrency, (w, k) => k % 2 == 0
            ? Get(listPath, members[(w + (k * concurrency)) % memberCount])
            : BookingPlan(bookPath, slice, concurrency)(w, k / 2), jitWarmup);
        Log($"JIT warm-up of {variant}: {jitWarmup} s");
    }

    for (var round = 1; round <= rounds; round++)
    {
        foreach (var variant in Order(round))
        {
            var (client, process) = Target(variant);
            var path = variant == "bare" ? BareListPath : KitListPath;
            var profile = ProfileAsync(process, $"list-{variant}", round);
            var result = await LoadAsync(client, process, concurrency, (w, k) => Get(path, members[(w + (k * concurrency)) % memberCount]));
            await profile;
            listResults[variant].Add(result);
            Log($"round {round} list  {variant,-4} {result}");
        }

        foreach (var variant in Order(round))
        {
            var slice = sessionSlices[nextSlice++];
            var (client, process) = Target(variant);
            var path = variant == "bare" ? "/bare/bookings" : "/api/bookings/bookings";
            var profile = ProfileAsync(process, $"book-{variant}", round);
            var result = await LoadAsync(client, process, concurrency, BookingPlan(path, slice, concurrency));
            await profile;
            bookResults[variant].Add(result);
            Log($"round {round} book  {variant,-4} {result}");
        }
    }

    // ---- (e) the booking with the entitlement guard vs without, on the same host, alternating within each round ----
    var guardResults = new Dictionary<string, List<LoadResult>> { ["without"] = [], ["guard"] = [] };
    await LoadAsync(kitClient, kit, concurrency, (w, k) => k % 2 == 0
        ? BookingPlan("/api/bookings/bookings", coveredSlices[0], concurrency)(w, k / 2)
        : BookingPlan("/api/bookings/bookings", freeSlices[0], concurrency)(w, k / 2), jitWarmup);
    var statementsTop = Int("pg-statements", 0);
    await PgStatementsResetAsync(statementsTop);
    for (var round = 1; round <= guardRounds; round++)
    {
        foreach (var variant in round % 2 == 1 ? new[] { "without", "guard" } : ["guard", "without"])
        {
            var slice = variant == "guard" ? coveredSlices[round] : freeSlices[round];
            var profile = ProfileAsync(kit, $"e-{variant}", round, guardRounds);
            var result = await LoadAsync(kitClient, kit, concurrency, BookingPlan("/api/bookings/bookings", slice, concurrency));
            await profile;
            guardResults[variant].Add(result);
            Log($"round {round} book  {variant,-7} {result}");
        }
    }

    await PgStatementsReportAsync(statementsTop, "(e)");

    // ---- (b) bookings per second with many members in flight across many sessions -------------------------------
    var manyConcurrency = Math.Min(64, memberCount);
    var many = await LoadAsync(kitClient, kit, manyConcurrency, BookingPlan("/api/bookings/bookings", sessionSlices[nextSlice++], manyConcurrency));
    Log($"bookings, {manyConcurrency} members in flight over {SliceSize} sessions: {many}");
    var kitLoad = kitCounters.Snapshot();
    var bareLoad = bareCounters.Snapshot();

    // ---- (b) hot-session storm: all members at once on one session with 20 seats ---------------------------------
    var storms = new List<string>();
    for (var i = 0; i < stormRuns; i++)
    {
        storms.Add(await StormAsync(i));
    }

    // ---- report ------------------------------------------------------------------------------------------------
    Console.WriteLine();
    Console.WriteLine($"## Issue 5/13 benchmarks — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average at the end {LoadAverage()}");
    Console.WriteLine($"closed loop, {concurrency} requests in flight, {warmup} s warm-up + {seconds} s per run, {rounds} rounds (the variants alternate within each round)");
    Console.WriteLine();
    Console.WriteLine("| (a) endpoint | variant | req/s (median) | vs bare | p50 / p95 / p99 ms | CPU ms per request: host + PostgreSQL |");
    Console.WriteLine("|---|---|---:|---:|---:|---:|");
    Row("GET class-sessions (list)", listResults);
    Row("POST bookings (book a seat)", bookResults);
    Console.WriteLine();
    Console.WriteLine("per-round req/s (kit | kit without auditing | bare):");
    Console.WriteLine($"  list: {PerRound(listResults)}");
    Console.WriteLine($"  book: {PerRound(bookResults)}");
    Console.WriteLine();
    var withGuard = Median(guardResults["guard"].Select(r => r.Rps));
    var withoutGuard = Median(guardResults["without"].Select(r => r.Rps));
    Console.WriteLine($"(e) POST bookings, kit, {concurrency} in flight: with the entitlement guard (a pack covers the class) {withGuard:F0} req/s " +
        $"(p50 {Median(guardResults["guard"].Select(r => r.P50)):F1} ms), without (no plan covers the class) {withoutGuard:F0} req/s " +
        $"(p50 {Median(guardResults["without"].Select(r => r.P50)):F1} ms): {withGuard / withoutGuard:P0}; per round guard | without: " +
        string.Join("; ", guardResults["guard"].Zip(guardResults["without"], (g, n) => $"{g.Rps:F0} | {n.Rps:F0}")));
    Console.WriteLine();
    Console.WriteLine($"(b) bookings/s, kit, {manyConcurrency} members in flight over {SliceSize} sessions: {many.Rps:F0} /s (p50 {many.P50:F1} ms, p95 {many.P95:F1} ms, p99 {many.P99:F1} ms, {many.Errors} errors)");
    Console.WriteLine($"(b) bookings/s, kit, {concurrency} in flight (runs of (a)): {Median(bookResults["kit"].Select(r => r.Rps)):F0} /s");
    foreach (var storm in storms)
    {
        Console.WriteLine($"(b) storm: {storm}");
    }

    Console.WriteLine();
    foreach (var (migrate, starts) in coldStarts)
    {
        Console.WriteLine($"(d) cold start, Database:MigrateOnStartup={migrate.ToString().ToLowerInvariant()}: process start → /health/live 200 " +
            $"{string.Join(", ", starts.Select(c => $"{c.Live:F0}"))} ms (median {Median(starts.Select(c => c.Live)):F0}); → first 200 on GET /api/bookings/class-sessions with a bearer token " +
            $"{string.Join(", ", starts.Select(c => $"{c.First:F0}"))} ms (median {Median(starts.Select(c => c.First)):F0})");
    }

    Console.WriteLine($"(d) cold start, bare baseline: process start → listening {string.Join(", ", bareColdStarts.Select(c => $"{c.Live:F0}"))} ms " +
        $"(median {Median(bareColdStarts.Select(c => c.Live)):F0}); → first authenticated 200 {string.Join(", ", bareColdStarts.Select(c => $"{c.First:F0}"))} ms " +
        $"(median {Median(bareColdStarts.Select(c => c.First)):F0})");
    Console.WriteLine("| (d) memory | working set MB | GC heap MB |");
    Console.WriteLine("|---|---:|---:|");
    Console.WriteLine($"| kit, idle 10 s after its first request | {kitIdle.WorkingSetMb:F0} ({kitIdle.WorkingSetMb / Math.Max(1, bareIdle.WorkingSetMb):F2} × bare) | {Fmt(kitIdle.GcHeapMb)} |");
    Console.WriteLine($"| bare baseline, idle 10 s after its first request | {bareIdle.WorkingSetMb:F0} | {Fmt(bareIdle.GcHeapMb)} |");
    Console.WriteLine($"| kit, peak under load (runs of (a) and (b)) | {kitLoad.PeakWorkingSetMb:F0} ({kitLoad.PeakWorkingSetMb / Math.Max(1, bareLoad.PeakWorkingSetMb):F2} × bare) | {Fmt(kitLoad.PeakGcHeapMb)} |");
    Console.WriteLine($"| bare baseline, peak under load | {bareLoad.PeakWorkingSetMb:F0} | {Fmt(bareLoad.PeakGcHeapMb)} |");
    foreach (var failure in failures)
    {
        Console.WriteLine($"FAILED: {failure}");
    }

    Console.WriteLine(failures.Count == 0 ? "all checks passed" : $"{failures.Count} checks FAILED");
    return failures.Count == 0 ? 0 : 1;

    // ------------------------------------------------------------------------------------------------------------
    async Task<Guid[]> CreateSessionsAsync(int count, int capacity, Guid? ofClassType = null)
    {
        var sessionClassTypeId = ofClassType ?? classTypeId;
        var ids = new Guid[count];
        var first = sessionIndex;
        sessionIndex += count;
        await ParallelAsync(count, 8, async i =>
        {
            var startsAt = sessionStart.AddHours(first + i);
            ids[i] = (await PostAsync(anonymous, "/api/bookings/class-sessions", tenantAdmin, null,
                new { classTypeId = sessionClassTypeId, locationId, startsAtUtc = startsAt, capacity, durationMinutes = 45 }))["id"]!.GetValue<Guid>();
        });
        return ids;
    }

    HttpRequestMessage Get(string path, (Guid Id, string Token) member)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        Sign(request, member);
        return request;
    }

    void Sign(HttpRequestMessage request, (Guid Id, string Token) member)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", member.Token);
        request.Headers.Add("X-Bench-Tenant", tenantId.ToString());
        request.Headers.Add("X-Bench-Member", member.Id.ToString());
    }

    // Worker w books with members w, w+C, w+2C, … in turn and walks the slice from its own offset, so no
    // (member, session) pair repeats and the workers spread over the sessions; null = pairs exhausted.
    Func<int, int, HttpRequestMessage?> BookingPlan(string path, Guid[] slice, int workers) => (w, k) =>
    {
        var own = Enumerable.Range(0, memberCount).Where(m => m % workers == w).ToArray();
        var step = k / own.Length;
        if (own.Length == 0 || step >= slice.Length)
        {
            return null;
        }

        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = JsonContent.Create(new { classSessionId = slice[((w * slice.Length / workers) + step) % slice.Length] }),
        };
        Sign(request, members[own[k % own.Length]]);
        return request;
    };

    async Task<LoadResult> LoadAsync(HttpClient client, Process target, int workers, Func<int, int, HttpRequestMessage?> next, int? warmupSeconds = null)
    {
        var counters = new int[workers];
        await RunAsync(TimeSpan.FromSeconds(warmupSeconds ?? warmup), record: false);
        if (warmupSeconds is not null)
        {
            return new LoadResult(0, 0, 0, 0, 0, 0, false, 0, 0);
        }

        var hostCpu = ProcStat(target.Id).CpuSeconds;
        var dbCpu = PostgresCpuSeconds();
        (List<double> latencies, int errors, bool exhausted) = await RunAsync(TimeSpan.FromSeconds(seconds), record: true);
        hostCpu = ProcStat(target.Id).CpuSeconds - hostCpu;
        // The sum is over the server's live processes: when a backend exits during the run (the pool pruned an idle
        // connection) its CPU time leaves the sum and the difference can go negative — then it is unknown (NaN).
        dbCpu = PostgresCpuSeconds() - dbCpu;
        dbCpu = dbCpu < 0 ? double.NaN : dbCpu;
        latencies.Sort();
        var perRequest = 1000.0 / Math.Max(1, latencies.Count);
        return new LoadResult(latencies.Count / (double)seconds, P(0.50), P(0.95), P(0.99), latencies.Count, errors, exhausted, hostCpu * perRequest, dbCpu * perRequest);

        double P(double p) => latencies.Count == 0 ? 0 : latencies[(int)Math.Min(latencies.Count - 1, p * latencies.Count)];

        async Task<(List<double> Latencies, int Errors, bool Exhausted)> RunAsync(TimeSpan duration, bool record)
        {
            var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
            var perWorker = new List<double>[workers];
            var errorCount = 0;
            var ranOut = false;
            await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
            {
                var own = perWorker[w] = [];
                while (Stopwatch.GetTimestamp() < until)
                {
                    using var request = next(w, counters[w]++);
                    if (request is null)
                    {
                        ranOut = true;
                        return;
                    }

                    var started = Stopwatch.GetTimestamp();
                    using var response = await client.SendAsync(request);
                    await response.Content.LoadIntoBufferAsync();
                    if (!response.IsSuccessStatusCode)
                    {
                        if (Interlocked.Increment(ref errorCount) <= 3)
                        {
                            Log($"  {(int)response.StatusCode} {request.Method} {request.RequestUri}: {await response.Content.ReadAsStringAsync()}");
                        }

                        continue;
                    }

                    if (record)
                    {
                        own.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                }
            })));
            if (errorCount > 0)
            {
                failures.Add($"{errorCount} failed requests in a load run");
            }

            return (perWorker.SelectMany(l => l).ToList(), errorCount, ranOut);
        }
    }

    async Task<string> StormAsync(int number)
    {
        var session = (await CreateSessionsAsync(1, 20))[0];
        using var storm = NewClient(kitUrl, memberCount);
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var statuses = new string?[memberCount];
        var codes = new int[memberCount];
        var tasks = Enumerable.Range(0, memberCount).Select(async i =>
        {
            // Issue 14: one member in ten asks for a pending hold (a checkout in progress), which takes a seat too.
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/bookings/bookings") { Content = JsonContent.Create(new { classSessionId = session, hold = i % 10 == 0 }) };
            Sign(request, members[i]);
            await go.Task;
            using var response = await storm.SendAsync(request);
            codes[i] = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                statuses[i] = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"]!.GetValue<string>();
            }
        }).ToArray();
        var watch = Stopwatch.StartNew();
        go.SetResult();
        await Task.WhenAll(tasks);
        var elapsed = watch.Elapsed;
        var confirmed = statuses.Count(s => s is "Confirmed" or "Pending");
        var pending = statuses.Count(s => s == "Pending");
        var waitlisted = statuses.Count(s => s == "Waitlisted");
        var refused = codes.Count(c => c is < 200 or >= 300);
        var stored = await GetAsync(anonymous, $"/api/bookings/bookings?classSessionId={session}&status=Confirmed&maxResultCount=1", tenantAdmin);
        var storedPending = await GetAsync(anonymous, $"/api/bookings/bookings?classSessionId={session}&status=Pending&maxResultCount=1", tenantAdmin);
        var storedConfirmed = stored["totalCount"]!.GetValue<long>() + storedPending["totalCount"]!.GetValue<long>();
        var sessionRow = await GetAsync(anonymous, $"/api/bookings/class-sessions/{session}", tenantAdmin);
        var counted = sessionRow["confirmedCount"]!.GetValue<int>();
        var ok = confirmed == 20 && storedConfirmed == 20 && counted == 20 && confirmed + waitlisted + refused == memberCount;
        if (!ok)
        {
            failures.Add($"storm {number + 1}: {confirmed} confirmed responses, {storedConfirmed} confirmed rows, session counts {counted}");
        }

        var line = $"{memberCount} concurrent members, 20 seats: {confirmed} seated ({pending} of them pending holds), {waitlisted} waitlisted, {refused} refused " +
            $"(codes {string.Join(",", codes.Where(c => c is < 200 or >= 300).Distinct())}); stored: {storedConfirmed} confirmed or pending rows, " +
            $"session confirmedCount {counted} → {(ok ? "exactly 20: OK" : "WRONG")}; all answered in {elapsed.TotalMilliseconds:F0} ms";
        Log($"storm {number + 1}: {line}");
        return line;
    }

    // --profile N: during the last round, a CPU sampling profile of N seconds of each measured run (perturbs those runs).
    async Task ProfileAsync(Process target, string name, int round, int? last = null)
    {
        if (round != (last ?? rounds) || !options.TryGetValue("profile", out var profileSeconds))
        {
            return;
        }

        await Task.Delay(TimeSpan.FromSeconds(warmup + 1));
        var text = await CpuProfile.CollectAsync(target.Id, TimeSpan.FromSeconds(int.Parse(profileSeconds, CultureInfo.InvariantCulture)), Path.Combine(work, name));
        Log($"profile {name}: {Path.Combine(work, name)}.txt");
        Console.Error.WriteLine(text);
    }

    // --pg-statements <n> (run-issue5.sh loads pg_stat_statements for it): the server's statements of a section, the n
    // costliest by execution + planning time, to see where PostgreSQL's CPU per request goes.
    async Task PgStatementsResetAsync(int top)
    {
        if (top > 0)
        {
            await using var admin = await OpenAdminAsync();
            await using var command = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT pg_stat_statements_reset();", admin);
            await command.ExecuteNonQueryAsync();
        }
    }

    async Task PgStatementsReportAsync(int top, string section)
    {
        if (top <= 0)
        {
            return;
        }

        await using var admin = await OpenAdminAsync();
        await using var command = new NpgsqlCommand(
            "SELECT calls, total_exec_time, total_plan_time, plans, rows, regexp_replace(query, '\\s+', ' ', 'g') FROM pg_stat_statements " +
            "ORDER BY total_exec_time + total_plan_time DESC LIMIT " + top.ToString(CultureInfo.InvariantCulture), admin);
        await using var reader = await command.ExecuteReaderAsync();
        Console.WriteLine($"PostgreSQL statements of {section}, costliest first (pg_stat_statements; times in ms):");
        Console.WriteLine("| calls | exec total | exec mean | plans | plan mean | rows | statement |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---|");
        while (await reader.ReadAsync())
        {
            var calls = reader.GetInt64(0);
            var plans = reader.GetInt64(3);
            var text = reader.GetString(5);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {calls} | {reader.GetDouble(1):F0} | {reader.GetDouble(1) / Math.Max(1, calls):F3} | {plans} | {(plans == 0 ? 0 : reader.GetDouble(2) / plans):F3} | {reader.GetInt64(4)} | `{(text.Length > 220 ? text[..220] + "…" : text).Replace('|', '¦')}` |"));
        }
    }

    async Task<NpgsqlConnection> OpenAdminAsync()
    {
        var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(pg) { Username = "postgres", Password = "postgres", Pooling = false }.ConnectionString);
        await admin.OpenAsync();
        return admin;
    }

    Process StartKit(string name, Uri? url = null, bool auditing = true, bool migrateOnStartup = true) => StartProcess(name, hostDll, [], new Dictionary<string, string>
    {
        ["Database__MigrateOnStartup"] = migrateOnStartup ? "true" : "false",
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ASPNETCORE_URLS"] = (url ?? kitUrl).ToString().TrimEnd('/'),
        ["Auditing__IsEnabled"] = auditing ? "true" : "false",
        ["Database__Provider"] = "PostgreSql",
        ["ConnectionStrings__Default"] = pg,
        ["Database__SeedDemoData"] = "false",
        ["Redis__Configuration"] = redis,
        ["Logging__LogLevel__Default"] = "Warning",
        ["AuthServer__TokenRequestsPerIpPerMinute"] = "100000",
        ["AuthServer__TokenRequestsPerUserPerMinute"] = "100000",
    });

    Process StartProcess(string name, string dll, string[] arguments, Dictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = work, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info)!;
        var log = new StreamWriter(Path.Combine(work, name + ".log")) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { lock (log) { log.WriteLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (log) { log.WriteLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        processes.Add(process);
        return process;
    }


    void Row(string name, Dictionary<string, List<LoadResult>> results)
    {
        var bareRps = Median(results["bare"].Select(r => r.Rps));
        foreach (var (variant, label) in new[] { ("kit", "kit (full pipeline)"), ("kit-noaudit", "kit, Auditing:IsEnabled=false"), ("bare", "bare minimal API") })
        {
            var rps = Median(results[variant].Select(r => r.Rps));
            Console.WriteLine($"| {name} | {label} | {rps:F0} | {rps / bareRps:P0} | {Lat(results[variant])} | " +
                $"{Median(results[variant].Select(r => r.HostCpuMs)):F2} + {Median(results[variant].Select(r => r.DbCpuMs).Where(v => !double.IsNaN(v))):F2} |");
        }
    }

    string PerRound(Dictionary<string, List<LoadResult>> results) =>
        string.Join("  ", Enumerable.Range(0, results["kit"].Count).Select(i => $"{results["kit"][i].Rps:F0} | {results["kit-noaudit"][i].Rps:F0} | {results["bare"][i].Rps:F0}"));

    double PostgresCpuSeconds()
    {
        if (pgDir is null || !File.Exists(Path.Combine(pgDir, "postmaster.pid")))
        {
            return double.NaN;
        }

        var postmaster = int.Parse(File.ReadLines(Path.Combine(pgDir, "postmaster.pid")).First(), CultureInfo.InvariantCulture);
        var total = 0.0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                var (parent, cpu) = ProcStat(pid);
                if (pid == postmaster || parent == postmaster)
                {
                    total += cpu;
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return total;
    }
}
catch (Exception ex)
{
    Console.Error.WriteLine(ex);
    foreach (var process in processes)
    {
        StopProcess(process);
    }

    return 2;
}
finally
{
    foreach (var process in processes)
    {
        StopProcess(process);
    }
}

string Required(string name) => options.GetValueOrDefault(name) ?? throw new ArgumentException($"--{name} is required");

int Int(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

void StopAll()
{
    foreach (var process in processes)
    {
        StopProcess(process);
    }
}

static string Lat(List<LoadResult> results) =>
    $"{Median(results.Select(r => r.P50)):F1} / {Median(results.Select(r => r.P95)):F1} / {Median(results.Select(r => r.P99)):F1}";

static string Fmt(double? value) => value is { } v ? v.ToString("F0", CultureInfo.InvariantCulture) : "n/a";

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

static void StopProcess(Process process)
{
    try
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
    }
    catch (InvalidOperationException)
    {
    }
}

// utime + stime (seconds) and the parent pid of a process, from /proc/<pid>/stat.
static (int Parent, double CpuSeconds) ProcStat(int pid)
{
    var stat = File.ReadAllText($"/proc/{pid}/stat");
    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
    var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    return (parent, ticks / 100.0);
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

static void Log(string message) => Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {message}");

static Dictionary<string, string> ParseArgs(string[] args)
{
    var result = new Dictionary<string, string>();
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        result[args[i].TrimStart('-')] = args[i + 1];
    }

    return result;
}

static HttpClient NewClient(Uri baseAddress, int connections) =>
    new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(30) })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromMinutes(2),
    };

static async Task WaitAsync(Uri baseUrl, string path, string? token, TimeSpan timeout)
{
    using var client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(5) };
    var until = DateTime.UtcNow + timeout;
    while (DateTime.UtcNow < until)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await client.SendAsync(request);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }
        }
        catch (HttpRequestException)
        {
        }
        catch (TaskCanceledException)
        {
        }

        await Task.Delay(10);
    }

    throw new TimeoutException($"{baseUrl}{path} did not answer 200 within {timeout}");
}

static async Task<string> TokenAsync(HttpClient client, string? tenant, string userName)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
    {
        Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "FitSaaS_App",
            ["username"] = userName,
            ["password"] = "1q2w3E*",
        }),
    };
    if (tenant is not null)
    {
        request.Headers.Add("__tenant", tenant);
    }

    using var response = await client.SendAsync(request);
    var body = await response.Content.ReadAsStringAsync();
    if (!response.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"token for {userName}@{tenant ?? "host"}: {(int)response.StatusCode} {body}");
    }

    return JsonNode.Parse(body)!["access_token"]!.GetValue<string>();
}

static async Task<JsonNode> PostAsync(HttpClient client, string path, string? token, string? tenant, object body)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
    if (token is not null)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    if (tenant is not null)
    {
        request.Headers.Add("__tenant", tenant);
    }

    using var response = await client.SendAsync(request);
    var text = await response.Content.ReadAsStringAsync();
    return response.IsSuccessStatusCode
        ? JsonNode.Parse(text)!
        : throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {text}");
}

static async Task<JsonNode> GetAsync(HttpClient client, string path, string token)
{
    using var request = new HttpRequestMessage(HttpMethod.Get, path);
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    using var response = await client.SendAsync(request);
    var text = await response.Content.ReadAsStringAsync();
    return response.IsSuccessStatusCode ? JsonNode.Parse(text)! : throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {text}");
}

static async Task ParallelAsync(int count, int degree, Func<int, Task> body) =>
    await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = degree }, async (i, _) => await body(i));

internal sealed record LoadResult(double Rps, double P50, double P95, double P99, int Requests, int Errors, bool Exhausted, double HostCpuMs, double DbCpuMs)
{
    public override string ToString() =>
        $"{Rps,6:F0} req/s  p50 {P50:F1} ms  p95 {P95:F1} ms  p99 {P99:F1} ms  CPU/request host {HostCpuMs:F2} ms + PostgreSQL {DbCpuMs:F2} ms  " +
        $"({Requests} requests, {Errors} errors{(Exhausted ? ", member/session pairs ran out" : "")})";
}

internal sealed record MemorySnapshot(double WorkingSetMb, double? GcHeapMb, double PeakWorkingSetMb, double? PeakGcHeapMb);

/// <summary>
/// Samples a process: working set from /proc/&lt;pid&gt;/status (VmRSS) every 200 ms, and the GC heap size from the
/// runtime's System.Runtime event counters over an EventPipe session (1 s interval).
/// </summary>
internal sealed class RuntimeCounters : IDisposable
{
    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly EventPipeSession? _session;
    private readonly Lock _lock = new();
    private double _workingSet;
    private double _peakWorkingSet;
    private double? _gcHeap;
    private double? _peakGcHeap;

    public RuntimeCounters(int pid)
    {
        _pid = pid;
        _ = Task.Run(PollAsync);
        try
        {
            var provider = new EventPipeProvider("System.Runtime", EventLevel.Informational, 0,
                new Dictionary<string, string> { ["EventCounterIntervalSec"] = "1" });
            _session = new DiagnosticsClient(pid).StartEventPipeSession(provider, requestRundown: false);
            var source = new EventPipeEventSource(_session.EventStream);
            source.Dynamic.All += OnEvent;
            _ = Task.Run(() =>
            {
                try
                {
                    source.Process();
                }
                catch (Exception)
                {
                    // the process ended or the session was stopped
                }
            });
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"no EventPipe session with {pid}: {ex.Message}");
        }
    }

    public MemorySnapshot Snapshot()
    {
        lock (_lock)
        {
            return new MemorySnapshot(_workingSet, _gcHeap, _peakWorkingSet, _peakGcHeap);
        }
    }

    public void ResetPeaks()
    {
        lock (_lock)
        {
            _peakWorkingSet = _workingSet;
            _peakGcHeap = _gcHeap;
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _session?.Stop();
        }
        catch (Exception)
        {
            // already gone
        }

        _session?.Dispose();
    }

    private void OnEvent(TraceEvent data)
    {
        if (data.EventName != "EventCounters" || data.PayloadValue(0) is not IDictionary<string, object> outer
            || outer["Payload"] is not IDictionary<string, object> payload || payload["Name"] is not string name || name != "gc-heap-size")
        {
            return;
        }

        var value = Convert.ToDouble(payload["Mean"], CultureInfo.InvariantCulture);
        lock (_lock)
        {
            _gcHeap = value;
            _peakGcHeap = Math.Max(_peakGcHeap ?? 0, value);
        }
    }

    private async Task PollAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                var line = File.ReadLines($"/proc/{_pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:"));
                if (line is not null)
                {
                    var kb = double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
                    lock (_lock)
                    {
                        _workingSet = kb / 1024;
                        _peakWorkingSet = Math.Max(_peakWorkingSet, _workingSet);
                    }
                }
            }
            catch (IOException)
            {
                return;
            }

            await Task.Delay(200);
        }
    }
}

/// <summary>
/// CPU sampling over EventPipe (the runtime's sample profiler, 1 ms, all managed threads) for a few seconds; the
/// samples whose leaf is a wait are dropped (idle thread-pool and I/O threads), the rest are aggregated by method:
/// inclusive (the method is on the stack) and exclusive (the leaf) shares of the busy samples.
/// </summary>
internal static class CpuProfile
{
    private static readonly string[] IdleLeaves = ["Wait", "Sleep", "LowLevelLifoSemaphore", "epoll", "SocketAsyncEngine.EventLoop", "Monitor.Enter", "Semaphore"];

    public static async Task<string> CollectAsync(int pid, TimeSpan duration, string basePath)
    {
        var providers = new[]
        {
            new EventPipeProvider("Microsoft-DotNETCore-SampleProfiler", EventLevel.Informational),
            new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, (long)Microsoft.Diagnostics.Tracing.Parsers.ClrTraceEventParser.Keywords.Default),
        };
        var file = basePath + ".nettrace";
        using (var session = new DiagnosticsClient(pid).StartEventPipeSession(providers, requestRundown: true))
        {
            var copy = Task.Run(async () =>
            {
                await using var stream = File.Create(file);
                await session.EventStream.CopyToAsync(stream);
            });
            await Task.Delay(duration);
            session.Stop();
            await copy;
        }

        return await AnalyzeAsync(file, basePath);
    }

    public static async Task<string> AnalyzeAsync(string file, string basePath, string? callersOf = null)
    {
        var stacks = new Dictionary<string, int>();
        var etlx = Microsoft.Diagnostics.Tracing.Etlx.TraceLog.CreateFromEventPipeDataFile(file);
        using var log = new Microsoft.Diagnostics.Tracing.Etlx.TraceLog(etlx);
        var inclusive = new Dictionary<string, int>();
        var exclusive = new Dictionary<string, int>();
        var native = new Dictionary<string, int>();
        var busy = 0;
        var all = 0;
        foreach (var sample in log.Events)
        {
            if (sample.ProviderName != "Microsoft-DotNETCore-SampleProfiler" || sample.CallStack() is not { } stack)
            {
                continue;
            }

            all++;
            var leaf = Name(stack);
            if (IdleLeaves.Any(leaf.Contains))
            {
                continue;
            }

            busy++;
            exclusive[leaf] = exclusive.GetValueOrDefault(leaf) + 1;
            if (callersOf is not null && leaf.Contains(callersOf, StringComparison.Ordinal))
            {
                // --callers X: the most common stacks (innermost 25 named frames) of samples whose leaf contains X
                var frames = new List<string>();
                for (var frame = stack; frame is not null && frames.Count < 25; frame = frame.Caller)
                {
                    var name = Name(frame);
                    if (!name.Contains("AsyncMethodBuilder", StringComparison.Ordinal) && !name.Contains("StateMachineBox", StringComparison.Ordinal)
                        && !name.Contains("ExecutionContext", StringComparison.Ordinal))
                    {
                        frames.Add(name.Length > 160 ? name[..160] : name);
                    }
                }

                var key = string.Join("\n      ", frames);
                stacks[key] = stacks.GetValueOrDefault(key) + 1;
            }

            if (leaf.EndsWith("!?", StringComparison.Ordinal))
            {
                // native code (runtime, JIT, GC, libc): attribute it to the first managed caller
                var caller = stack.Caller;
                while (caller is not null && Name(caller).EndsWith("!?", StringComparison.Ordinal))
                {
                    caller = caller.Caller;
                }

                var key = $"{leaf} under {(caller is null ? "?" : Name(caller))}";
                native[key] = native.GetValueOrDefault(key) + 1;
            }

            var seen = new HashSet<string>();
            for (var frame = stack; frame is not null; frame = frame.Caller)
            {
                var name = Name(frame);
                if (seen.Add(name))
                {
                    inclusive[name] = inclusive.GetValueOrDefault(name) + 1;
                }
            }
        }

        var text = new System.Text.StringBuilder();
        text.AppendLine($"{busy} busy of {all} thread samples");
        text.AppendLine("inclusive:");
        foreach (var (name, count) in inclusive.OrderByDescending(p => p.Value).Take(150))
        {
            text.AppendLine($"  {100.0 * count / Math.Max(1, busy),5:F1} %  {name}");
        }

        text.AppendLine("exclusive:");
        foreach (var (name, count) in exclusive.OrderByDescending(p => p.Value).Take(40))
        {
            text.AppendLine($"  {100.0 * count / Math.Max(1, busy),5:F1} %  {name}");
        }

        text.AppendLine("native leaves by first managed caller:");
        foreach (var (name, count) in native.OrderByDescending(p => p.Value).Take(40))
        {
            text.AppendLine($"  {100.0 * count / Math.Max(1, busy),5:F1} %  {name}");
        }

        foreach (var (stackText, count) in stacks.OrderByDescending(p => p.Value).Take(8))
        {
            text.AppendLine($"{count} samples:\n      {stackText}");
        }

        await File.WriteAllTextAsync(basePath + ".txt", text.ToString());
        return text.ToString();

        static string Name(Microsoft.Diagnostics.Tracing.Etlx.TraceCallStack frame)
        {
            var method = frame.CodeAddress.FullMethodName;
            return string.IsNullOrEmpty(method) ? frame.CodeAddress.ModuleName + "!?" : method;
        }
    }
}
