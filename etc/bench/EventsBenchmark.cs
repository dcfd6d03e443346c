#:package Npgsql@10.0.0
#:property ManagePackageVersionsCentrally=false
#:property PublishAot=false
#:property NoWarn=$(NoWarn);CA1050;CS1591;CA1515;CA1812;CA2007;CA1849;CA1303;CA1305;CA1031;CA2234;CA1852;CA1062;CA1307;CA1310;CA2000;CA2100;CA5394;CA1869;CA2016;CA1822;CA1001

// Issue 5 §6(c) events per second (outbox → transport → inbox + handler), end to end through the real host process.
// Started by etc/bench/run-events.sh (which starts PostgreSQL, Redis and RabbitMQ and builds the host):
//   dotnet EventsBenchmark.dll --host <FitSaaS.HttpApi.Host.dll> --pg <app conn> --pg-admin <superuser conn>
//       --redis <conf> --rabbitmq "host=…;port=…;user=…;password=…" [--events 20000] [--seconds 10] [--concurrency 16]
//       [--members 100] [--work <dir>]
// (1) Backlog drain, per transport (RabbitMQ, then in-process): the host is stopped; N valid outbox rows
//     (Bookings.BookingConfirmed.v1 envelopes of one tenant, for N/10 member ids, 10 events each) are written with COPY;
//     the host is started; the benchmark polls the inbox until it has N rows. events/s = N / (last inbox row − first
//     inbox row), from the handlers' ProcessedAt; the wall time from process start is shown too. Checks: N inbox rows,
//     an empty outbox, no dead letter, and every member summary counted exactly 10 (each message handled once).
// (2) Under booking load, per transport: closed-loop POST /api/bookings/bookings (every booking is confirmed and raises
//     the event), bookings/s; then wait until every event is in the inbox; lag = inbox ProcessedAt (the handler starts)
//     − outbox OccurredAt (the publish time inside the booking's transaction, copied by a benchmark-only trigger on
//     OutboxMessages into bench_event_occurred, since the dispatcher deletes sent rows), p50/p95/p99/max.
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;
using NpgsqlTypes;

var options = ParseArgs(args);
string Required(string name) => options.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required");
int Int(string name, int fallback) => options.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
var hostDll = Required("host");
var pg = Required("pg");
var pgAdminServer = Required("pg-admin");
var redis = Required("redis");
var rabbit = Required("rabbitmq").Split(';').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
var eventCount = Int("events", 20000);
var seconds = Int("seconds", 10);
var warmup = Int("warmup", 3);
var concurrency = Int("concurrency", 16);
var memberCount = Int("members", 100);
const int EventsPerMember = 10;
var work = options.GetValueOrDefault("work") ?? Directory.CreateTempSubdirectory("fitsaas-events-").FullName;
Directory.CreateDirectory(work);
const string Password = "1q2w3E*";
var kitUrl = new Uri("http://127.0.0.1:5294");
var database = new NpgsqlConnectionStringBuilder(pg).Database!;
var pgAdmin = new NpgsqlConnectionStringBuilder(pgAdminServer) { Database = database, Pooling = false }.ConnectionString;
var failures = new List<string>();
var processes = new List<Process>();
var drains = new List<string>();
var loads = new List<string>();
AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();
Console.CancelKeyPress += (_, _) => StopAll();

try
{
    Log($"work directory {work}; {Environment.ProcessorCount} cores; load average {LoadAverage()}");
    var kit = StartKit("kit-seed", rabbitMq: false);
    await WaitAsync(kitUrl, "/health/ready", TimeSpan.FromMinutes(3));
    using var anonymous = NewClient(kitUrl, 64);
    var hostAdmin = await TokenAsync(anonymous, null, "admin");
    var tenant = await PostAsync(anonymous, "/api/tenant-management/tenants", hostAdmin, null,
        new { name = "bench", adminEmail = "admin@bench.test", adminPassword = Password, editionName = "Pro" });
    var tenantId = tenant["id"]!.GetValue<Guid>();
    var tenantAdmin = await TokenAsync(anonymous, "bench", "admin");
    var locationId = (await PostAsync(anonymous, "/api/bookings/locations", tenantAdmin, null, new { name = "Main hall" }))["id"]!.GetValue<Guid>();
    var classTypeId = (await PostAsync(anonymous, "/api/bookings/class-types", tenantAdmin, null,
        new { name = "Spin", defaultCapacity = 20, durationMinutes = 45 }))["id"]!.GetValue<Guid>();
    var members = new (Guid Id, string Token)[memberCount];
    await ParallelAsync(memberCount, 8, async i =>
    {
        var user = await PostAsync(anonymous, "/api/account/register", null, "bench",
            new { userName = $"member{i:D4}", email = $"member{i:D4}@bench.test", password = Password });
        members[i] = (user["id"]!.GetValue<Guid>(), await TokenAsync(anonymous, "bench", $"member{i:D4}"));
    });
    var sessionIndex = 0;
    var slices = new List<Guid[]>();
    for (var s = 0; s < 2; s++)
    {
        slices.Add(await CreateSessionsAsync(100, 1000));
    }

    Log($"seeded tenant bench ({tenantId}), {memberCount} members, {slices.Count * 100} sessions");
    StopProcess(kit);

    // Benchmark-only instrument: the publish time of every outbox row (the dispatcher deletes sent rows).
    await ExecAsync("""
        CREATE TABLE IF NOT EXISTS bench_event_occurred ("Id" uuid PRIMARY KEY, "OccurredAt" timestamptz NOT NULL);
        GRANT INSERT ON bench_event_occurred TO PUBLIC;
        CREATE OR REPLACE FUNCTION bench_record_occurred() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
        BEGIN INSERT INTO bench_event_occurred VALUES (NEW."Id", NEW."OccurredAt") ON CONFLICT DO NOTHING; RETURN NEW; END $$;
        """);

    // ---- (1) backlog drain ----------------------------------------------------------------------------------------
    foreach (var transport in new[] { "RabbitMQ", "in-process" })
    {
        await ExecAsync("""DROP TRIGGER IF EXISTS bench_occurred ON "OutboxMessages"; TRUNCATE "InboxMessages", "MemberBookingSummaries", "OutboxMessages", bench_event_occurred""");
        var memberIds = Enumerable.Range(0, eventCount / EventsPerMember).Select(_ => Guid.NewGuid()).ToArray();
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var occurred0 = DateTime.UtcNow.AddMinutes(-1);
        var copyWatch = Stopwatch.StartNew();
        await using (var connection = new NpgsqlConnection(pgAdmin))
        {
            await connection.OpenAsync();
            await using var writer = await connection.BeginBinaryImportAsync(
                """COPY "OutboxMessages" ("Id", "TenantId", "EventName", "CorrelationId", "OccurredAt", "Payload", "Attempts", "NextAttemptAt") FROM STDIN (FORMAT BINARY)""");
            for (var i = 0; i < eventCount; i++)
            {
                var occurred = occurred0.AddTicks(i * 10);
                var payload = JsonSerializer.Serialize(new
                {
                    bookingId = Guid.NewGuid(),
                    classSessionId = slices[0][i % 100],
                    memberUserId = memberIds[i % memberIds.Length],
                    sessionStartsAtUtc = new DateTime(2030, 1, 7, 6, 0, 0, DateTimeKind.Utc).AddHours(i % 100),
                    sessionDurationMinutes = 45,
                    locationId,
                    classTypeId,
                    wasPromoted = i % 7 == 0,
                }, json);
                await writer.StartRowAsync();
                await writer.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
                await writer.WriteAsync(tenantId, NpgsqlDbType.Uuid);
                await writer.WriteAsync("Bookings.BookingConfirmed.v1", NpgsqlDbType.Varchar);
                await writer.WriteAsync($"bench-drain-{i}", NpgsqlDbType.Varchar);
                await writer.WriteAsync(occurred, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(payload, NpgsqlDbType.Text);
                await writer.WriteAsync(0, NpgsqlDbType.Integer);
                await writer.WriteAsync(occurred, NpgsqlDbType.TimestampTz);
            }

            await writer.CompleteAsync();
        }

        Log($"drain {transport}: wrote {eventCount} outbox rows in {copyWatch.Elapsed.TotalSeconds:F1} s; starting the host");
        var busy0 = MachineBusy0();
        var started = Stopwatch.StartNew();
        kit = StartKit($"kit-drain-{transport}", rabbitMq: transport == "RabbitMQ");
        double? outboxEmptyAt = null;
        long inbox = 0;
        while (started.Elapsed < TimeSpan.FromMinutes(15))
        {
            await Task.Delay(200);
            inbox = await ScalarAsync("""SELECT count(*) FROM "InboxMessages" """);
            if (outboxEmptyAt is null && await ScalarAsync("""SELECT count(*) FROM "OutboxMessages" """) == 0)
            {
                outboxEmptyAt = started.Elapsed.TotalSeconds;
            }

            if (inbox >= eventCount || kit.HasExited)
            {
                break;
            }
        }

        var wall = started.Elapsed.TotalSeconds;
        var hostCpu = ProcStat(kit.Id).CpuSeconds;
        var busy = BusySince(busy0);
        var (first, last) = await SpanAsync();
        var handled = (last - first).TotalSeconds;
        var rate = eventCount / Math.Max(0.001, handled);
        var summaries = await ScalarAsync("""SELECT count(*) FROM "MemberBookingSummaries" """);
        var exact = await ScalarAsync($"""SELECT count(*) FROM "MemberBookingSummaries" WHERE "ConfirmedBookingCount" = {EventsPerMember}""");
        var total = await ScalarAsync("""SELECT coalesce(sum("ConfirmedBookingCount"), 0) FROM "MemberBookingSummaries" """);
        var outboxLeft = await ScalarAsync("""SELECT count(*) FROM "OutboxMessages" """);
        var dead = await ScalarAsync("""SELECT count(*) FROM "EventBusDeadLetters" """);
        StopProcess(kit);
        var ok = inbox == eventCount && total == eventCount && exact == memberIds.Length && summaries == memberIds.Length && outboxLeft == 0 && dead == 0;
        if (!ok)
        {
            failures.Add($"drain {transport}: inbox {inbox}/{eventCount}, summaries {summaries} ({exact} counted exactly {EventsPerMember}), counted {total}, outbox left {outboxLeft}, dead letters {dead}");
        }

        var line = $"| {transport} | {eventCount} | **{rate:F0}** | {handled:F1} s | {wall:F1} s | {Fmt(outboxEmptyAt)} s | {hostCpu * 1000 / eventCount:F2} | {busy:P0} | " +
            $"{inbox} inbox rows, {total} counted over {summaries} summaries ({exact} × {EventsPerMember}), outbox {outboxLeft}, dead {dead} → {(ok ? "OK" : "WRONG")} |";
        drains.Add(line);
        Log($"drain {transport}: {line}");
    }

    // ---- (2) events under booking load --------------------------------------------------------------------------
    await ExecAsync("""CREATE TRIGGER bench_occurred AFTER INSERT ON "OutboxMessages" FOR EACH ROW EXECUTE FUNCTION bench_record_occurred()""");
    var sliceIndex = 0;
    foreach (var transport in new[] { "RabbitMQ", "in-process" })
    {
        await ExecAsync("""TRUNCATE "InboxMessages", bench_event_occurred""");
        kit = StartKit($"kit-load-{transport}", rabbitMq: transport == "RabbitMQ");
        await WaitAsync(kitUrl, "/health/ready", TimeSpan.FromMinutes(3));
        using var client = NewClient(kitUrl, 64);
        client.Timeout = TimeSpan.FromSeconds(30);
        var slice = slices[sliceIndex++];
        var busy0 = MachineBusy0();
        var result = await LoadAsync(client, concurrency, BookingPlan(slice));
        var busy = BusySince(busy0);
        var produced = await ScalarAsync("SELECT count(*) FROM bench_event_occurred");
        var waitWatch = Stopwatch.StartNew();
        long inbox = 0;
        while (waitWatch.Elapsed < TimeSpan.FromMinutes(5))
        {
            inbox = await ScalarAsync("""SELECT count(*) FROM "InboxMessages" i JOIN bench_event_occurred o ON o."Id" = i."Id" """);
            if (inbox >= produced)
            {
                break;
            }

            await Task.Delay(100);
        }

        var drainAfter = waitWatch.Elapsed.TotalSeconds;
        var lag = await LagAsync();
        StopProcess(kit);
        var ok = produced == result.Bookings && inbox == produced && result.Errors == 0;
        if (!ok)
        {
            failures.Add($"load {transport}: {result.Bookings} bookings, {produced} events published, {inbox} handled, {result.Errors} failed requests");
        }

        var line = $"| {transport} | **{result.Rps:F0}** | {result.P50:F1} / {result.P95:F1} | {produced} | {inbox} | {drainAfter:F1} s | " +
            $"**{lag.P50:F0} / {lag.P95:F0}** / {lag.P99:F0} / {lag.Max:F0} | {busy:P0} | {(ok ? "OK" : "WRONG")} |";
        loads.Add(line);
        Log($"load {transport}: {line}");
    }

    await ExecAsync("""DROP TRIGGER IF EXISTS bench_occurred ON "OutboxMessages" """);

    Console.WriteLine();
    Console.WriteLine($"## Events benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average at the end {LoadAverage()}");
    Console.WriteLine();
    Console.WriteLine($"(1) backlog drain: {eventCount} outbox rows (Bookings.BookingConfirmed.v1, one tenant, {eventCount / EventsPerMember} members × {EventsPerMember}) written while the host was stopped, then the host started");
    Console.WriteLine("| transport | events | events/s (first → last handled) | first → last handled | host start → all handled | host start → outbox empty | host CPU ms per event | machine CPU busy | check |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
    drains.ForEach(Console.WriteLine);
    Console.WriteLine();
    Console.WriteLine($"(2) under booking load: closed loop, {concurrency} bookings in flight, {warmup} s warm-up + {seconds} s; lag = inbox ProcessedAt − outbox OccurredAt, ms");
    Console.WriteLine("| transport | bookings/s | p50 / p95 ms | events published | events handled | all handled after load end | lag p50 / p95 / p99 / max ms | machine CPU busy | check |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
    loads.ForEach(Console.WriteLine);
    foreach (var failure in failures)
    {
        Console.WriteLine($"FAILED: {failure}");
    }

    Console.WriteLine(failures.Count == 0 ? "all checks passed" : $"{failures.Count} checks FAILED");
    return failures.Count == 0 ? 0 : 1;

    // ------------------------------------------------------------------------------------------------------------
    async Task<Guid[]> CreateSessionsAsync(int count, int capacity)
    {
        var ids = new Guid[count];
        var first = sessionIndex;
        sessionIndex += count;
        await ParallelAsync(count, 8, async i =>
        {
            var startsAt = new DateTime(2030, 1, 7, 6, 0, 0, DateTimeKind.Utc).AddHours(first + i);
            ids[i] = (await PostAsync(anonymous, "/api/bookings/class-sessions", tenantAdmin, null,
                new { classTypeId, locationId, startsAtUtc = startsAt, capacity, durationMinutes = 45 }))["id"]!.GetValue<Guid>();
        });
        return ids;
    }

    // Worker w books with members w, w+C, … in turn over the slice from its own offset: no (member, session) pair repeats.
    Func<int, int, HttpRequestMessage?> BookingPlan(Guid[] slice) => (w, k) =>
    {
        var own = Enumerable.Range(0, memberCount).Where(m => m % concurrency == w).ToArray();
        var step = own.Length == 0 ? int.MaxValue : k / own.Length;
        if (step >= slice.Length)
        {
            return null;
        }

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/bookings/bookings")
        {
            Content = JsonContent.Create(new { classSessionId = slice[((w * slice.Length / concurrency) + step) % slice.Length] }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", members[own[k % own.Length]].Token);
        return request;
    };

    async Task<(double Rps, double P50, double P95, int Bookings, int Errors)> LoadAsync(HttpClient client, int workers, Func<int, int, HttpRequestMessage?> next)
    {
        var counters = new int[workers];
        var booked = 0;
        var errors = 0;
        await RunAsync(TimeSpan.FromSeconds(warmup), null);
        var latencies = new List<double>();
        await RunAsync(TimeSpan.FromSeconds(seconds), latencies);
        latencies.Sort();
        return (latencies.Count / (double)seconds, P(0.50), P(0.95), booked, errors);

        double P(double p) => latencies.Count == 0 ? 0 : latencies[(int)Math.Min(latencies.Count - 1, p * latencies.Count)];

        async Task RunAsync(TimeSpan duration, List<double>? record)
        {
            var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
            await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
            {
                var own = new List<double>();
                while (Stopwatch.GetTimestamp() < until)
                {
                    using var request = next(w, counters[w]++);
                    if (request is null)
                    {
                        failures.Add("booking plan exhausted (more members or sessions needed)");
                        break;
                    }

                    var started = Stopwatch.GetTimestamp();
                    HttpResponseMessage response;
                    string body;
                    try
                    {
                        response = await client.SendAsync(request);
                        body = await response.Content.ReadAsStringAsync();
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                    {
                        // A booking that gets no answer within the client's timeout is a failed request, not a crash.
                        if (Interlocked.Increment(ref errors) <= 3)
                        {
                            Log($"  booking without answer after {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s: {ex.GetType().Name}");
                        }

                        continue;
                    }

                    using var disposeResponse = response;
                    if (!response.IsSuccessStatusCode || JsonNode.Parse(body)?["status"]?.GetValue<string>() != "Confirmed")
                    {
                        if (Interlocked.Increment(ref errors) <= 3)
                        {
                            Log($"  {(int)response.StatusCode} booking: {body}");
                        }

                        continue;
                    }

                    Interlocked.Increment(ref booked);
                    own.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }

                if (record is not null)
                {
                    lock (record)
                    {
                        record.AddRange(own);
                    }
                }
            })));
        }
    }

    Process StartKit(string name, bool rabbitMq)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = kitUrl.ToString().TrimEnd('/'),
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Default"] = pg,
            ["Database__SeedDemoData"] = "false",
            ["Redis__Configuration"] = redis,
            ["Logging__LogLevel__Default"] = "Warning",
            ["AuthServer__TokenRequestsPerIpPerMinute"] = "100000",
            ["AuthServer__TokenRequestsPerUserPerMinute"] = "100000",
        };
        if (rabbitMq)
        {
            environment["RabbitMQ__Connections__Default__HostName"] = rabbit["host"];
            environment["RabbitMQ__Connections__Default__Port"] = rabbit["port"];
            environment["RabbitMQ__Connections__Default__UserName"] = rabbit["user"];
            environment["RabbitMQ__Connections__Default__Password"] = rabbit["password"];
            // Explicit: the host runs in the work directory, where appsettings.json (which names them) is not found;
            // without a ClientName the host only publishes, and the broker drops events no queue is bound for.
            environment["RabbitMQ__EventBus__ClientName"] = "FitSaaS";
            environment["RabbitMQ__EventBus__ExchangeName"] = "FitSaaS";
        }

        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = work, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(hostDll);
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

    async Task ExecAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(pgAdmin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(pgAdmin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    async Task<(DateTime First, DateTime Last)> SpanAsync()
    {
        await using var connection = new NpgsqlConnection(pgAdmin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT min("ProcessedAt"), max("ProcessedAt") FROM "InboxMessages" """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return reader.IsDBNull(0) ? (DateTime.MinValue, DateTime.MinValue) : (reader.GetDateTime(0), reader.GetDateTime(1));
    }

    async Task<(double P50, double P95, double P99, double Max)> LagAsync()
    {
        await using var connection = new NpgsqlConnection(pgAdmin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT percentile_cont(ARRAY[0.5, 0.95, 0.99]) WITHIN GROUP (ORDER BY lag), max(lag) FROM (
              SELECT extract(epoch FROM i."ProcessedAt" - o."OccurredAt") * 1000 AS lag
              FROM "InboxMessages" i JOIN bench_event_occurred o ON o."Id" = i."Id") l
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        if (reader.IsDBNull(0))
        {
            return (double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var p = reader.GetFieldValue<double[]>(0);
        return (p[0], p[1], p[2], Convert.ToDouble(reader.GetValue(1), CultureInfo.InvariantCulture));
    }

}
finally
{
    StopAll();
}

void StopAll()
{
    foreach (var process in processes)
    {
        StopProcess(process);
    }
}

static string Fmt(double? value) => value is { } v ? v.ToString("F1", CultureInfo.InvariantCulture) : "n/a";

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

static (int Parent, double CpuSeconds) ProcStat(int pid)
{
    var stat = File.ReadAllText($"/proc/{pid}/stat");
    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    return (int.Parse(fields[1], CultureInfo.InvariantCulture),
        (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0);
}

// Machine-wide CPU (all processes, all cores) from /proc/stat: (busy, total) jiffies; with a start value, the busy share since then.
static (long Busy, long Total) MachineBusy0()
{
    var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
    var idle = fields[3] + fields[4];
    var total = fields.Take(8).Sum();
    return (total - idle, total);
}

static double BusySince((long Busy, long Total) start)
{
    var now = MachineBusy0();
    return (now.Busy - start.Busy) / (double)Math.Max(1, now.Total - start.Total);
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

static async Task WaitAsync(Uri baseUrl, string path, TimeSpan timeout)
{
    using var client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(5) };
    var until = DateTime.UtcNow + timeout;
    while (DateTime.UtcNow < until)
    {
        try
        {
            using var response = await client.GetAsync(path);
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

        await Task.Delay(20);
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
    return response.IsSuccessStatusCode
        ? JsonNode.Parse(body)!["access_token"]!.GetValue<string>()
        : throw new InvalidOperationException($"token for {userName}@{tenant ?? "host"}: {(int)response.StatusCode} {body}");
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
    return response.IsSuccessStatusCode ? JsonNode.Parse(text)! : throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {text}");
}

static async Task ParallelAsync(int count, int degree, Func<int, Task> body) =>
    await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = degree }, async (i, _) => await body(i));
