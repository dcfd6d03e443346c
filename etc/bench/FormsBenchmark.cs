#:sdk Microsoft.NET.Sdk.Web
#:project ../../src/FitSaaS.Application/FitSaaS.Application.csproj
#:project ../../src/FitSaaS.EntityFrameworkCore/FitSaaS.EntityFrameworkCore.csproj
#:property PublishAot=false
#:property NoWarn=$(NoWarn);CA1050;CS1591;CA1515;CA1812;CA2007;CA1849;CA2100;ASP0000;CA5394;CA1303

// Issue 18's booking-gate benchmark (docs/benchmarks.md §21), on PostgreSQL, in process (the server's time, no HTTP, no
// authorization, auditing or app-service pipeline: those cost the same in every configuration and would only dilute the ratio):
// bookings through BookingManager.BookAsync — the path BookingAppService.CreateAsync takes: the member's checks, the session's
// lock, every registered IBookingGuard (Billing's and Forms' FormsBookingGuard), the insert — each in its own scope and
// transactional unit of work, completed (committed), as one request does.
// Setup: the modules as the host has them, migrations, four tenants with the same bookings data: one location, one class type,
// (Rounds + 1) × SessionsPerRound sessions tomorrow (capacity 1,000: never full), Members member ids. Booking policy defaults
// (no limits, no window). The four configurations:
//   off — the Forms feature off (Forms.Enabled not set): FormsBookingGuard returns after the cached feature check; the same
//         as a host without the Forms module's guard, apart from that one cached look-up.
//   A   — Forms.Enabled on, no legal documents: the gate runs and reads the tenant's gating documents (none).
//   B   — Forms.Enabled on, 5 published legal documents gating booking that all apply to every session (2 for all members,
//         1 for the location, 2 for the class type; one version each, effective now), and every member has signed all 5
//         (LegalSignatureManager, 5 × Members signatures), so every booking passes the gate after its reads. Each member
//         books once a round, so from the second round on their signed versions are cached (LegalGateProvider, 10 minutes).
//   Bcold — B again (its own tenant), but the member's cached signed versions are removed before each booking (outside the
//         timed part): the gate reads the member's signatures, as for a member's first booking in 10 minutes.
// Before measuring, one booking by a member who signed nothing is tried in B and must be refused with Forms:DocumentsToSign
// listing 5 documents (the gate is live). Then Rounds + 1 rounds (the first a warm-up, not counted); each round runs
// Bookings bookings in each configuration, the order of the four rotating from round to round; booking j of a round is member
// j's booking of the round's session j % SessionsPerRound (so no booking is refused, and every round books new sessions).
// --in-flight <n> runs n bookings at a time (default 1: one after the other). Reported per configuration: median and p95
// of the bookings' times, throughput (bookings/s of each round, median of rounds), SQL commands per booking (EF Core's
// "command executed" events; BEGIN and COMMIT are not among them), the per-round ratios B/A, A/off and B/off (medians of rounds)
// and B/A of the median throughputs. --sql prints, after the rounds, the SQL commands of one booking in each configuration
// (a session not booked before: its snapshot is read too) with their durations; --keep leaves the database for EXPLAIN.
// What the gate costs: FormsBookingGuard → LegalRequirementChecker.EnsureSignedAsync: the cached feature check, then (feature on)
// LegalGateProvider's cached documents and, when some apply, the member's cached signed versions (docs/benchmarks.md §21).
//   FITSAAS_PG_PORT=55641 FITSAAS_PG_DIR=/tmp/h-gate/pg bash etc/scripts/postgres.sh start | tail -1
//   dotnet run -c Release etc/bench/FormsBenchmark.cs -- "<connection string of the fitsaas role>" [--in-flight 4] [--rounds 8] [--sql] [--keep]
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using FitSaaS;
using FitSaaS.Bookings;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.FeatureManagement;
using FitSaaS.Forms;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Modularity;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.TenantManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

var server = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _)) ?? "Host=127.0.0.1;Port=55641;Username=fitsaas;Password=fitsaas";
var keep = args.Contains("--keep");
var printSql = args.Contains("--sql");
var inFlight = Option("--in-flight", 1);
var rounds = Option("--rounds", 8);
var bookingsPerRound = Option("--bookings", 400);
const int SessionsPerRound = 10;
var members = bookingsPerRound;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; load average before: {File.ReadAllText("/proc/loadavg").Trim()}; {Environment.ProcessorCount} cores; {inFlight} in flight, {rounds} rounds + 1 warm-up of {bookingsPerRound} bookings per configuration"));
var database = new NpgsqlConnectionStringBuilder(server) { Database = "fitsaas_bench_forms" }.ConnectionString;
await ExecuteAsync(server, "DROP DATABASE IF EXISTS fitsaas_bench_forms WITH (FORCE)");
await ExecuteAsync(server, "CREATE DATABASE fitsaas_bench_forms");
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
var currentTenant = provider.GetRequiredService<ICurrentTenant>();
var signedCache = provider.GetRequiredService<FitSaaS.Framework.Caching.IDistributedCache<LegalSignedVersionsCacheItem>>();
var now = DateTime.UtcNow;

var configs = new List<Config>();
foreach (var (name, formsOn, documents) in new[] { ("off", false, false), ("A", true, false), ("B", true, true), ("Bcold", true, true) })
{
    configs.Add(await CreateTenantAsync(name, formsOn, documents));
}

// The gate is live: in B, a member who signed nothing is refused, with the 5 documents listed.
var b = configs.Single(c => c.Name == "B");
using (currentTenant.Change(b.TenantId))
{
    await using var scope = provider.CreateAsyncScope();
    await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
    try
    {
        await scope.ServiceProvider.GetRequiredService<BookingManager>().BookAsync(b.Sessions[0], Guid.NewGuid(), DateTime.UtcNow);
        throw new InvalidOperationException("B's gate let a member who signed nothing book.");
    }
    catch (BusinessException refused) when (refused.Code == FormsErrorCodes.DocumentsToSign)
    {
        var listed = ((System.Collections.IEnumerable)refused.Details["documents"]!).Cast<object>().Count();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"B refuses a member who signed nothing: {refused.Code}, {listed} documents listed"));
        if (listed != 5)
        {
            throw new InvalidOperationException($"Expected 5 documents, got {listed}.");
        }
    }
}

await using (var maintenance = new NpgsqlConnection(database))
{
    await maintenance.OpenAsync();
    await using var vacuum = new NpgsqlCommand("VACUUM ANALYZE", maintenance);
    await vacuum.ExecuteNonQueryAsync();
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"setup (migrations, {configs.Count} tenants, {10 * members} signatures, VACUUM ANALYZE): {setup.Elapsed.TotalSeconds:0.0} s"));
var commands = new CommandCounter();
using var subscription = DiagnosticListener.AllListeners.Subscribe(commands);
var perRound = configs.ToDictionary(c => c.Name, _ => new List<double>());
var times = configs.ToDictionary(c => c.Name, _ => new List<double>());
var commandCounts = configs.ToDictionary(c => c.Name, _ => 0L);
Console.WriteLine();
Console.WriteLine("| round | " + string.Join(" | ", configs.Select(c => $"{c.Name} bookings/s")) + " | B/A | B/off | Bcold/A |");
Console.WriteLine("|---|" + string.Concat(configs.Select(_ => "---:|")) + "---:|---:|---:|");
for (var round = 0; round <= rounds; round++)
{
    var order = Enumerable.Range(0, configs.Count).Select(i => configs[(i + round) % configs.Count]).ToList();
    var rates = new Dictionary<string, double>();
    foreach (var config in order)
    {
        commands.Reset();
        var (rate, bookingTimes) = await RunRoundAsync(config, round);
        rates[config.Name] = rate;
        if (round > 0)
        {
            perRound[config.Name].Add(rate);
            times[config.Name].AddRange(bookingTimes);
            commandCounts[config.Name] += commands.Count;
        }
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {(round == 0 ? "warm-up" : round.ToString(CultureInfo.InvariantCulture))} | {string.Join(" | ", configs.Select(c => rates[c.Name].ToString("0", CultureInfo.InvariantCulture)))} | {rates["B"] / rates["A"]:P0} | {rates["B"] / rates["off"]:P0} | {rates["Bcold"] / rates["A"]:P0} |"));
}

Console.WriteLine();
Console.WriteLine("| configuration | median per booking | p95 | throughput (median of rounds) | SQL commands per booking |");
Console.WriteLine("|---|---:|---:|---:|---:|");
foreach (var config in configs)
{
    var sorted = times[config.Name].Order().ToList();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {config.Name} | {sorted[sorted.Count / 2]:0.00} ms | {sorted[(int)(sorted.Count * 0.95)]:0.00} ms | {Median(perRound[config.Name]):0} bookings/s | {commandCounts[config.Name] / (double)(rounds * bookingsPerRound):0.0} |"));
}

var ratios = Enumerable.Range(0, rounds).Select(r => perRound["B"][r] / perRound["A"][r]).ToList();
var offRatios = Enumerable.Range(0, rounds).Select(r => perRound["A"][r] / perRound["off"][r]).ToList();
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"B/A: median of rounds {Median(ratios):P1} (min {ratios.Min():P0}, max {ratios.Max():P0}); A/off: {Median(offRatios):P1}; B/off: {Median(Enumerable.Range(0, rounds).Select(r => perRound["B"][r] / perRound["off"][r]).ToList()):P1}; median throughputs B/A: {Median(perRound["B"]) / Median(perRound["A"]):P1}"));
var coldRatios = Enumerable.Range(0, rounds).Select(r => perRound["Bcold"][r] / perRound["A"][r]).ToList();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Bcold/A: median of rounds {Median(coldRatios):P1} (min {coldRatios.Min():P0}, max {coldRatios.Max():P0}); median throughputs Bcold/A: {Median(perRound["Bcold"]) / Median(perRound["A"]):P1}"));

if (printSql)
{
    foreach (var config in configs)
    {
        if (config.Name == "Bcold")
        {
            using var asTenant = currentTenant.Change(config.TenantId);
            await signedCache.RemoveAsync(LegalGateProvider.SignedKey(config.Members[0]));
        }

        commands.Capture = [];
        await BookAsync(config, config.Sessions[^1], config.Members[0]);
        Console.WriteLine();
        Console.WriteLine($"SQL of one booking in {config.Name} ({commands.Capture.Count} commands):");
        foreach (var (text, ms) in commands.Capture)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"-- {ms:0.000} ms"));
            Console.WriteLine(text);
        }

        commands.Capture = null;
    }
}

Console.WriteLine();
Console.WriteLine($"load average after: {File.ReadAllText("/proc/loadavg").Trim()}");
NpgsqlConnection.ClearAllPools();
if (keep)
{
    Console.WriteLine($"kept database fitsaas_bench_forms; tenants {string.Join(", ", configs.Select(c => $"{c.Name} {c.TenantId}"))}");
    return;
}

await ExecuteAsync(server, "DROP DATABASE IF EXISTS fitsaas_bench_forms WITH (FORCE)");

async Task<(double Rate, List<double> Times)> RunRoundAsync(Config config, int round)
{
    var bookingTimes = new ConcurrentBag<double>();
    var next = -1;
    var stopwatch = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, inFlight).Select(async _ =>
    {
        int j;
        while ((j = Interlocked.Increment(ref next)) < bookingsPerRound)
        {
            if (config.Name == "Bcold")
            {
                using var asTenant = currentTenant.Change(config.TenantId);
                await signedCache.RemoveAsync(LegalGateProvider.SignedKey(config.Members[j]));
            }

            var started = Stopwatch.GetTimestamp();
            await BookAsync(config, config.Sessions[(round * SessionsPerRound) + (j % SessionsPerRound)], config.Members[j]);
            bookingTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }));
    stopwatch.Stop();
    return (bookingsPerRound / stopwatch.Elapsed.TotalSeconds, bookingTimes.ToList());
}

async Task BookAsync(Config config, Guid sessionId, Guid memberId)
{
    using var asTenant = currentTenant.Change(config.TenantId);
    await using var scope = provider.CreateAsyncScope();
    await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
    var booking = await scope.ServiceProvider.GetRequiredService<BookingManager>().BookAsync(sessionId, memberId, DateTime.UtcNow);
    if (booking.Status != BookingStatus.Confirmed)
    {
        throw new InvalidOperationException($"{config.Name}: booking {booking.Status}.");
    }

    await unitOfWork.CompleteAsync();
}

async Task<Config> CreateTenantAsync(string name, bool formsOn, bool documents)
{
    Guid tenantId;
    await using (var scope = provider.CreateAsyncScope())
    {
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        var tenant = await scope.ServiceProvider.GetRequiredService<TenantManager>().CreateAsync($"bench-forms-{name.ToLowerInvariant()}");
        await scope.ServiceProvider.GetRequiredService<ITenantRepository>().InsertAsync(tenant, autoSave: true);
        if (formsOn)
        {
            await scope.ServiceProvider.GetRequiredService<TenantFeatureManager>().SetOverridesAsync(
                tenant.Id, [new KeyValuePair<string, string?>(FormsFeatures.Enabled, "true")]);
        }

        await unitOfWork.CompleteAsync();
        tenantId = tenant.Id;
    }

    using var asTenant = currentTenant.Change(tenantId);
    var memberIds = Enumerable.Range(0, members).Select(_ => Guid.NewGuid()).ToList();
    var sessionIds = new List<Guid>();
    Guid locationId, classTypeId;
    await using (var scope = provider.CreateAsyncScope())
    {
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        var sp = scope.ServiceProvider;
        var location = await sp.GetRequiredService<LocationManager>().CreateAsync("Downtown", "UTC"); // inserted
        var classType = new ClassType(Guid.NewGuid(), tenantId, "CrossFit", null, 1000, 60);
        await sp.GetRequiredService<IClassTypeRepository>().InsertAsync(classType, autoSave: true);
        (locationId, classTypeId) = (location.Id, classType.Id);
        var sessionManager = sp.GetRequiredService<ClassSessionManager>();
        var sessionRepository = sp.GetRequiredService<IClassSessionRepository>();
        var tomorrow = now.Date.AddDays(1);
        for (var i = 0; i < (rounds + 1) * SessionsPerRound + 1; i++)
        {
            var session = await sessionManager.CreateAsync(classType.Id, location.Id, tomorrow.AddMinutes(30 * i), 60, 1000, null);
            await sessionRepository.InsertAsync(session);
            sessionIds.Add(session.Id);
        }

        await unitOfWork.CompleteAsync();
    }

    if (documents)
    {
        var published = new List<(LegalDocument Document, LegalDocumentVersion Version)>();
        await using (var scope = provider.CreateAsyncScope())
        {
            await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
            var sp = scope.ServiceProvider;
            var manager = sp.GetRequiredService<LegalDocumentManager>();
            var documentRepository = sp.GetRequiredService<ILegalDocumentRepository>();
            var versionRepository = sp.GetRequiredService<ILegalDocumentVersionRepository>();
            var scopes = new (LegalDocumentKind Kind, string Title, LegalDocumentScope Scope)[]
            {
                (LegalDocumentKind.TermsOfMembership, "Terms of membership", LegalDocumentScope.All),
                (LegalDocumentKind.PrivacyNotice, "Privacy notice", LegalDocumentScope.All),
                (LegalDocumentKind.LiabilityWaiver, "Downtown house rules", new LegalDocumentScope(false, [], [], [locationId])),
                (LegalDocumentKind.LiabilityWaiver, "CrossFit liability waiver", new LegalDocumentScope(false, [classTypeId], [], [])),
                (LegalDocumentKind.HealthDeclaration, "CrossFit health declaration", new LegalDocumentScope(false, [classTypeId], [], [])),
            };
            foreach (var (kind, title, appliesTo) in scopes)
            {
                var document = await manager.CreateAsync(kind, title, appliesTo, LegalDocumentGates.Booking | LegalDocumentGates.CheckIn);
                await documentRepository.InsertAsync(document, autoSave: true);
                var version = await manager.PublishVersionAsync(document, $"# {title}\n\nVersion 1.", null, LegalResignPolicy.AllMustResign, DateTime.UtcNow.AddSeconds(-1));
                await versionRepository.InsertAsync(version, autoSave: true);
                published.Add((document, version));
            }

            await unitOfWork.CompleteAsync();
        }

        var signedAt = DateTime.UtcNow;
        foreach (var batch in memberIds.Chunk(100))
        {
            await using var scope = provider.CreateAsyncScope();
            await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
            var signer = scope.ServiceProvider.GetRequiredService<LegalSignatureManager>();
            var signatures = scope.ServiceProvider.GetRequiredService<ILegalSignatureRepository>();
            foreach (var member in batch)
            {
                foreach (var (document, version) in published)
                {
                    await signatures.InsertAsync(await signer.SignAsync(
                        document, new LegalSignatureManager.Request(version.Id, version.TextHash, member, member, member, "Bench Member", null, null, null), signedAt));
                }
            }

            await unitOfWork.CompleteAsync();
        }
    }

    return new Config(name, tenantId, sessionIds, memberIds);
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

static async Task ExecuteAsync(string server, string sql)
{
    await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    await command.ExecuteNonQueryAsync();
}

sealed record Config(string Name, Guid TenantId, List<Guid> Sessions, List<Guid> Members);

[DependsOn(typeof(FitSaaSApplicationModule), typeof(FitSaaSEntityFrameworkCoreModule))]
sealed class BenchModule : FitSaaSModule;

// Counts EF Core's "command executed" events (every SQL command EF Core sends, batches counted once); with Capture set,
// also keeps each command's text and duration.
sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private int _count;

    public int Count => _count;

    public List<(string Text, double Milliseconds)>? Capture { get; set; }

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
            if (Capture is { } capture && value.Value is CommandExecutedEventData data)
            {
                lock (capture)
                {
                    capture.Add((data.Command.CommandText, data.Duration.TotalMilliseconds));
                }
            }
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }
}
