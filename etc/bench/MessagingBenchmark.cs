#:package Npgsql@10.0.0
#:package Microsoft.AspNetCore.SignalR.Client@10.0.15
#:property ManagePackageVersionsCentrally=false
#:property PublishAot=false
#:property NoWarn=$(NoWarn);CA1050;CS1591;CA1515;CA1812;CA2007;CA1849;CA1303;CA1305;CA1031;CA2234;CA1852;CA1062;CA1307;CA1310;CA2000;CA2100;CA5394;CA1869;CA2016;CA1822;CA1001;CA1861

// Issue 19 benchmarks (docs/benchmarks.md §23), through real host processes on PostgreSQL and Redis. Started by
// etc/bench/run-messaging.sh (which starts the servers and builds the host):
//   dotnet MessagingBenchmark.dll --host <FitSaaS.HttpApi.Host.dll> --pg <app conn> --pg-admin <superuser conn> --redis <conf>
//       [--members 5000] [--messages 300] [--seconds 10] [--concurrency 16] [--work <dir>]
// (1) Announcement: one gym of N members (imported as CSV), an announcement to all published; time from the publish call
//     to the N-th in-app notification row, and the host's peak resident memory (VmHWM) before and after. Baseline: the
//     same number of rows written by one INSERT … SELECT into a table of the same shape (the database's floor).
// (2) Real time: instances A and B on one Redis; a coach's SignalR client on B (and one on A); a member sends M messages
//     one after the other through A's API; latency = arrival at the client − the POST's start; baseline: the POST's own
//     response time in the same loop, and arrival on A (no backplane hop).
// (3) Messages per second through one instance: C concurrent senders for S seconds through A; accepted/s and received/s
//     at the coach's client on A.
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Npgsql;

var options = ParseArgs(args);
string Required(string name) => options.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required");
int Int(string name, int fallback) => options.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
var hostDll = Required("host");
var pg = Required("pg");
var redis = Required("redis");
var memberCount = Int("members", 5000);
var messageCount = Int("messages", 300);
var seconds = Int("seconds", 10);
var concurrency = Int("concurrency", 16);
var work = options.GetValueOrDefault("work") ?? Directory.CreateTempSubdirectory("fitsaas-messaging-").FullName;
var database = new NpgsqlConnectionStringBuilder(pg).Database!;
var pgAdmin = new NpgsqlConnectionStringBuilder(Required("pg-admin")) { Database = database, Pooling = false }.ConnectionString;
var urlA = new Uri("http://127.0.0.1:5295");
var urlB = new Uri("http://127.0.0.1:5296");
var processes = new List<Process>();
var failures = new List<string>();
AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();

try
{
    Log($"work directory {work}; {Environment.ProcessorCount} cores; load average {LoadAverage()}");
    var a = StartHost("A", urlA, migrate: true);
    await WaitAsync(urlA, "/health/ready", TimeSpan.FromMinutes(5));
    var b = StartHost("B", urlB, migrate: false);
    await WaitAsync(urlB, "/health/ready", TimeSpan.FromMinutes(5));
    using var http = NewClient(urlA, 64);
    using var httpB = NewClient(urlB, 4);
    var hostToken = await TokenAsync(http, null, "admin");
    var gym = $"bench-{Guid.NewGuid():N}"[..20];
    await PostAsync(http, "/api/tenant-management/tenants", hostToken, null,
        new { name = gym, adminEmail = $"admin@{gym}.test", adminPassword = "1q2w3E*", editionName = "Pro" });
    var adminToken = await TokenAsync(http, gym, "admin");
    var adminId = (await GetAsync(http, "/api/account/my-profile", adminToken))["id"]!.GetValue<Guid>();

    // (1) Announcement to every member.
    var csv = new StringBuilder("email,first_name,last_name\n");
    for (var i = 0; i < memberCount; i++)
    {
        csv.Append(CultureInfo.InvariantCulture, $"member{i:00000}@{gym}.test,Member,No {i}\n");
    }

    using (var import = new HttpRequestMessage(HttpMethod.Post, "/api/forms/member-data/import") { Content = new StringContent(csv.ToString(), Encoding.UTF8, "text/csv") })
    {
        import.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
        using var response = await http.SendAsync(import);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"import: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    var memoryBefore = PeakResidentMegabytes(a);
    var announcement = await PostAsync(http, "/api/messaging/announcements", adminToken, null,
        new { title = "Holiday hours", body = "The gym closes at 2 pm on the 24th.", audienceKind = "All" });
    var announcementId = announcement["id"]!.GetValue<Guid>();
    var clock = Stopwatch.StartNew();
    await PostAsync(http, $"/api/messaging/announcements/{announcementId}/publish", adminToken, null, new { });
    var publishCall = clock.Elapsed;
    long notified = 0;
    while (clock.Elapsed < TimeSpan.FromMinutes(10) && (notified = await ScalarAsync(
        $"select count(*) from \"Notifications\" where \"SourceKey\" = 'announcement:{announcementId:N}'")) < memberCount)
    {
        await Task.Delay(50);
    }

    var announcementTime = clock.Elapsed;
    var memoryAfter = PeakResidentMegabytes(a);
    if (notified != memberCount)
    {
        failures.Add($"announcement: {notified} notifications of {memberCount}");
    }

    var baseline = Stopwatch.StartNew();
    await ExecAsync($"create table bench_copy as select * from \"Notifications\" where \"SourceKey\" = 'announcement:{announcementId:N}'; drop table bench_copy");
    var baselineTime = baseline.Elapsed;
    Log($"(1) {notified} of {memberCount} notified {announcementTime.TotalSeconds:F1} s after the publish call ({publishCall.TotalMilliseconds:F0} ms); baseline {baselineTime.TotalMilliseconds:F0} ms; peak RSS {memoryBefore} → {memoryAfter} MB");

    // (2) Real-time latency, member → coach (the gym's admin), through A, to clients on B and A.
    const string memberName = "bench-member"; // imported members have no password: one registers
    await PostAsync(http, "/api/account/register", null, gym, new { userName = memberName, email = $"{memberName}@{gym}.test", password = "1q2w3E*" });
    var memberToken = await TokenAsync(http, gym, memberName);
    var conversation = await PostAsync(http, "/api/messaging/conversations", memberToken, null, new { recipientUserId = adminId });
    var conversationId = conversation["id"]!.GetValue<Guid>();
    var arrivalsB = new System.Collections.Concurrent.ConcurrentDictionary<string, long>();
    var arrivalsA = new System.Collections.Concurrent.ConcurrentDictionary<string, long>();
    await using var onB = await ConnectAsync(urlB, adminToken, arrivalsB);
    await using var onA = await ConnectAsync(urlA, adminToken, arrivalsA);
    var sent = new List<(string Text, long Start, long End)>();
    for (var i = 0; i < messageCount + 20; i++)
    {
        var text = $"latency {i} {Guid.NewGuid():N}";
        var start = Stopwatch.GetTimestamp();
        await PostAsync(http, $"/api/messaging/conversations/{conversationId}/messages", memberToken, null, new { text });
        var end = Stopwatch.GetTimestamp();
        if (i >= 20)
        {
            sent.Add((text, start, end)); // the first 20 warm up
        }
    }

    await Task.Delay(2000);
    double Ms(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;
    var apiLatency = sent.Select(s => Ms(s.Start, s.End)).ToList();
    var toB = sent.Where(s => arrivalsB.ContainsKey(s.Text)).Select(s => Ms(s.Start, arrivalsB[s.Text])).ToList();
    var toA = sent.Where(s => arrivalsA.ContainsKey(s.Text)).Select(s => Ms(s.Start, arrivalsA[s.Text])).ToList();
    if (toB.Count != sent.Count || toA.Count != sent.Count)
    {
        failures.Add($"real time: {toB.Count} of {sent.Count} arrived on B, {toA.Count} on A");
    }

    Log($"(2) {sent.Count} sent; {toB.Count} arrived on B, {toA.Count} on A");

    // (3) Messages per second through A.
    var accepted = 0;
    var receivedBefore = arrivalsA.Count;
    var until = DateTime.UtcNow.AddSeconds(seconds);
    var busy = MachineBusy0();
    var throughputClock = Stopwatch.StartNew();
    await Parallel.ForAsync(0, concurrency, async (worker, _) =>
    {
        var n = 0;
        while (DateTime.UtcNow < until)
        {
            await PostAsync(http, $"/api/messaging/conversations/{conversationId}/messages", memberToken, null, new { text = $"load {worker} {n++}" });
            Interlocked.Increment(ref accepted);
        }
    });
    var elapsed = throughputClock.Elapsed.TotalSeconds;
    await Task.Delay(2000);
    var received = arrivalsA.Count - receivedBefore;
    var cpu = BusySince(busy);

    Console.WriteLine($"## Messaging benchmark ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {Environment.ProcessorCount} cores; load average at the end {LoadAverage()})");
    Console.WriteLine();
    Console.WriteLine("| (1) announcement to all | value |");
    Console.WriteLine("| --- | --- |");
    Console.WriteLine($"| members | {memberCount} |");
    Console.WriteLine($"| publish call | {publishCall.TotalMilliseconds:F0} ms |");
    Console.WriteLine($"| publish → last in-app notification | {announcementTime.TotalSeconds:F1} s |");
    Console.WriteLine($"| baseline: the same rows copied by one INSERT … SELECT | {baselineTime.TotalMilliseconds:F0} ms |");
    Console.WriteLine($"| host peak resident memory before → after | {memoryBefore} → {memoryAfter} MB |");
    Console.WriteLine();
    Console.WriteLine($"| (2) {sent.Count} messages, one at a time | p50 | p95 | p99 | max |");
    Console.WriteLine("| --- | --- | --- | --- | --- |");
    Console.WriteLine(Row("POST answered (baseline)", apiLatency));
    Console.WriteLine(Row("arrived at the client on A (same instance)", toA));
    Console.WriteLine(Row("arrived at the client on B (Redis backplane)", toB));
    Console.WriteLine();
    Console.WriteLine($"| (3) through A, {concurrency} senders, {elapsed:F1} s | value |");
    Console.WriteLine("| --- | --- |");
    Console.WriteLine($"| messages accepted/s | {accepted / elapsed:F0} |");
    Console.WriteLine($"| messages received/s at the client | {received / elapsed:F0} ({received} of {accepted}) |");
    Console.WriteLine($"| machine CPU busy | {cpu:F0} % |");
    foreach (var failure in failures)
    {
        Console.WriteLine($"FAILED: {failure}");
    }
}
finally
{
    StopAll();
}

return failures.Count == 0 ? 0 : 1;

Process StartHost(string name, Uri url, bool migrate)
{
    var environment = new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ASPNETCORE_URLS"] = url.ToString().TrimEnd('/'),
        ["Database__Provider"] = "PostgreSql",
        ["ConnectionStrings__Default"] = pg,
        ["Database__SeedDemoData"] = "false",
        ["Database__MigrateOnStartup"] = migrate ? "true" : "false",
        ["Redis__Configuration"] = redis,
        ["AuthServer__Issuer"] = "http://fitsaas-bench.test",
        ["Logging__LogLevel__Default"] = "Warning",
        ["AuthServer__TokenRequestsPerIpPerMinute"] = "100000",
        ["AuthServer__TokenRequestsPerUserPerMinute"] = "100000",
    };
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

void StopAll()
{
    foreach (var process in processes.Where(p => !p.HasExited))
    {
        try { process.Kill(entireProcessTree: true); process.WaitForExit(10_000); } catch (InvalidOperationException) { }
    }
}

static async Task<HubConnection> ConnectAsync(Uri url, string token, System.Collections.Concurrent.ConcurrentDictionary<string, long> arrivals)
{
    var connection = new HubConnectionBuilder()
        .WithUrl(new Uri(url, "hubs/messaging"), o =>
        {
            o.Transports = HttpTransportType.WebSockets;
            o.SkipNegotiation = true;
            o.AccessTokenProvider = () => Task.FromResult<string?>(token);
        })
        .Build();
    connection.On<JsonElement>("messageReceived", m => arrivals.TryAdd(m.GetProperty("text").GetString()!, Stopwatch.GetTimestamp()));
    await connection.StartAsync();
    return connection;
}

static string Row(string name, List<double> values)
{
    if (values.Count == 0)
    {
        return $"| {name} | n/a | n/a | n/a | n/a |";
    }

    values.Sort();
    double P(double q) => values[Math.Min(values.Count - 1, (int)Math.Ceiling(q * values.Count) - 1)];
    return $"| {name} | {P(0.50):F1} ms | {P(0.95):F1} ms | {P(0.99):F1} ms | {values[^1]:F1} ms |";
}

static long PeakResidentMegabytes(Process process) =>
    File.ReadLines($"/proc/{process.Id}/status").Where(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
        .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024).FirstOrDefault();

static (long Busy, long Total) MachineBusy0()
{
    var parts = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
    return (parts.Sum() - parts[3] - parts[4], parts.Sum());
}

static double BusySince((long Busy, long Total) start)
{
    var now = MachineBusy0();
    return 100.0 * (now.Busy - start.Busy) / Math.Max(1, now.Total - start.Total);
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

static void Log(string message) => Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {message}");

static Dictionary<string, string> ParseArgs(string[] args)
{
    var result = new Dictionary<string, string>(StringComparer.Ordinal);
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
        Timeout = TimeSpan.FromMinutes(5),
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

        await Task.Delay(100);
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

static async Task<JsonNode> GetAsync(HttpClient client, string path, string token)
{
    using var request = new HttpRequestMessage(HttpMethod.Get, path);
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    using var response = await client.SendAsync(request);
    var text = await response.Content.ReadAsStringAsync();
    return response.IsSuccessStatusCode ? JsonNode.Parse(text)! : throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {text}");
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
    return response.IsSuccessStatusCode ? JsonNode.Parse(text.Length == 0 ? "{}" : text)! : throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {text}");
}
