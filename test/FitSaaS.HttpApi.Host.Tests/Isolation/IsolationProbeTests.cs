using FitSaaS.HttpApi.Host.Tests.Billing;
using System.Net;
using System.Text.Json;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Isolation;

/// <summary>
/// Issue 4 §4: the automated isolation probe. Tenant B (the victim) and the host are filled with data through the
/// API; then every operation of the OpenAPI document that takes a path parameter is called with tenant A's admin
/// token and B's ids — plainly and with B forged as <c>__tenant</c> header, query value and sub-domain. Routes are
/// discovered from <c>/swagger/v1/swagger.json</c>, so a route added later is probed without touching this test.
/// </summary>
public sealed class IsolationProbeTests(StripeWebFixture fixture, ITestOutputHelper output) : IClassFixture<StripeWebFixture>
{
    /// <summary>
    /// Operations that are by design not tenant data and would fail the probe's criteria. Each entry needs a reason.
    /// Host-only routes (tenant management) need no entry: a tenant token gets 403 there, which passes.
    /// </summary>
    private static readonly Dictionary<string, string> s_allowList = new(StringComparer.Ordinal)
    {
    };

    /// <summary>Routes with a path parameter the probe must at least cover (33 at the time of writing).</summary>
    private const int MinimumProbedOperations = 30;

    /// <summary>Routes taking ids in the query or the body only (filters, references) the probe must at least cover (7 when written).</summary>
    private const int MinimumProbedReferences = 5;

    /// <summary>At most this share of plain calls may stop before the lookup (input validation, a missing feature).</summary>
    private const double MaximumStoppedShare = 0.10;

    /// <summary>
    /// Parameter-less GET routes whose answer changes between two reads by themselves; left out of the
    /// "victim unchanged" comparison (the probe's leak check still covers them for tenant A).
    /// </summary>
    private static readonly Dictionary<string, string> s_volatileReads = new(StringComparer.Ordinal)
    {
        // Every request (the snapshots included) adds audit entries; the host admin sees them all.
        ["/api/audit-logging/audit-logs"] = "grows with every audited request, including the snapshot reads",
        // Each read issues a new calendar feed token (Data Protection output differs every time); reading changes no data.
        ["/api/bookings/my-calendar-feed"] = "a fresh feed token on every read",
        // Likewise a booking's check-in token (the QR payload) is protected anew on every read.
        ["/api/bookings/bookings/{id}/check-in-token"] = "a fresh check-in token on every read",
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EveryIdRoute_WithAnotherTenantsIds_Answers400Or403Or404_LeaksNothing_ChangesNothing(bool victimHasOwnDatabase)
    {
        Assert.SkipWhen(victimHasOwnDatabase && !TestDatabase.IsPostgreSql, "Tenants with their own database need PostgreSQL (FitSaaS_Test__Database=PostgreSql).");
        var ct = TestContext.Current.CancellationToken;
        var marker = $"zq{Guid.NewGuid():N}"[..12];
        var a = await fixture.CreateTenantAsync();
        var b = await fixture.CreateTenantAsync(
            $"victim-{marker}", connectionString: victimHasOwnDatabase ? fixture.Database.NewTenantDatabaseConnectionString() : null);
        using var adminA = await fixture.LoginAsync(a.Name, "admin");
        using var adminB = await fixture.LoginAsync(b.Name, "admin");
        using var host = await fixture.CreateHostAdminClientAsync();
        using var anonymous = fixture.CreateClient();
        var document = OpenApiDocument.Parse(await anonymous.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative), ct));
        var targets = await SeedVictimAsync(document, b, adminB, host, marker, ct);
        var created = await SeedEveryCreateRouteAsync(document, adminB, marker, ct);
        await HarvestIdsAsync(document, adminB, adminA, targets, ct);
        var reads = ListReads(document, targets, marker);
        var victimBefore = await SnapshotAsync(adminB, reads, ct);
        var hostBefore = await SnapshotAsync(host, reads, ct);
        var operations = IsolationProbe.Selectable(document, s_allowList);

        var probe = new IsolationProbe(document, targets, adminA, b.Name, b.Id);
        var references = IsolationProbe.SelectableReferences(document, s_allowList);

        var calls = (await probe.RunAsync(operations, ct)).Concat(await probe.RunReferencesAsync(references, ct)).ToList();

        var victimAfter = await SnapshotAsync(adminB, reads, ct);
        var hostAfter = await SnapshotAsync(host, reads, ct);
        var attackerView = await SnapshotAsync(adminA, reads, ct);
        Report(calls);
        output.WriteLine($"generic seeding created data in B through: {string.Join(", ", created)}; {targets.Ids.Count} victim ids");
        var leaks = calls.Where(c => c.Problems.Count > 0).Select(c => c.ToString()).ToList();
        leaks.ShouldBeEmpty($"{leaks.Count} of {calls.Count} probe calls leaked or answered wrongly:\n{string.Join('\n', leaks)}");
        operations.Count.ShouldBeGreaterThanOrEqualTo(MinimumProbedOperations, "the probe found too few id routes in the OpenAPI document");
        references.Count.ShouldBeGreaterThanOrEqualTo(MinimumProbedReferences, "the probe found too few routes taking ids in the query or body");
        var plain = calls.Where(c => c.Mode == ProbeMode.Plain).ToList();
        // A 400 (validation) or a 403 other than a missing permission (e.g. a feature the prober's tenant lacks)
        // stops before the lookup; permission 403s are the host-only routes.
        var stopped = plain.Where(c => c.Status == HttpStatusCode.BadRequest || (c.Status == HttpStatusCode.Forbidden && c.Code != AuthorizationException.ForbiddenCode)).ToList();
        ((double)stopped.Count / plain.Count).ShouldBeLessThanOrEqualTo(MaximumStoppedShare,
            $"too many probe calls stopped before the lookup (give the body sampler better values, or tenant A the features):\n{string.Join('\n', stopped.Select(c => $"{c.Operation.Key} {c.Url} -> {(int)c.Status} {c.Code}"))}");
        victimBefore.Count.ShouldBeGreaterThan(20, "the victim's snapshot read too little to prove anything");
        Changes(victimBefore, victimAfter).ShouldBeEmpty("tenant B's data changed during the probe");
        Changes(hostBefore, hostAfter).ShouldBeEmpty("host data changed during the probe");
        var seenByA = attackerView.SelectMany(r => IsolationProbe.Leaks(r.Value, r.Key, targets.Secrets).Select(p => $"GET {r.Key}: {p}")).ToList();
        seenByA.ShouldBeEmpty("tenant A's own lists show tenant B's data after the probe");
    }

    /// <summary>
    /// Fills tenant B (and the host) with one of everything the API offers: the modules' own seeds (every
    /// <see cref="IIsolationProbeSeed"/> of this test assembly whose module has routes in <paramref name="document"/>, in their
    /// order); returns what the probe uses.
    /// </summary>
    private async Task<ProbeTargets> SeedVictimAsync(
        OpenApiDocument document, TestTenant b, HttpClient adminB, HttpClient host, string marker, CancellationToken ct)
    {
        var targets = new ProbeTargets();
        targets.AddId("tenants", b.Id, "tenant B");
        targets.AddKey("tenants", b.Name, "tenant B's name");
        targets.AddId("users", b.AdminUserId, "B's admin user");
        var context = new IsolationProbeSeedContext(fixture, b, adminB, host, marker, targets);
        var seeds = ModuleSeeds().Where(seed => document.Operations.Any(o => o.Path.StartsWith(seed.RoutePrefix, StringComparison.Ordinal))).ToList();
        output.WriteLine($"module seeds: {string.Join(", ", seeds.Select(s => s.GetType().Name))}");
        foreach (var seed in seeds)
        {
            await seed.SeedAsync(context, ct);
        }

        targets.AddSecret(marker, "a marker that is in every name of B and the host");
        return targets;
    }

    /// <summary>Every module's <see cref="IIsolationProbeSeed"/> in this test assembly, by <see cref="IIsolationProbeSeed.Order"/>, then name.</summary>
    internal static IReadOnlyList<IIsolationProbeSeed> ModuleSeeds() =>
    [
        .. typeof(IIsolationProbeSeed).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIsolationProbeSeed).IsAssignableFrom(t))
            .Select(t => (IIsolationProbeSeed)Activator.CreateInstance(t)!)
            .OrderBy(s => s.Order)
            .ThenBy(s => s.GetType().FullName, StringComparer.Ordinal),
    ];

    /// <summary>
    /// Routes a seeding POST must not call: they act on the caller's own account (password, e-mail confirmation)
    /// rather than create tenant data.
    /// </summary>
    private static readonly string[] s_notSeeded = ["/api/account/"];

    /// <summary>
    /// Generic seeding, so a module added later has data in B without touching this test: B's admin calls every
    /// parameter-less POST route with a body sampled from its schema, every text carrying the marker. Failures
    /// (a missing reference, a host-only route) are fine; the ids of what was created are harvested from the lists.
    /// </summary>
    private static async Task<List<string>> SeedEveryCreateRouteAsync(OpenApiDocument document, HttpClient adminB, string marker, CancellationToken ct)
    {
        var created = new List<string>();
        var sampler = new SchemaSampler(document, _ => null, text: $"{marker}x");
        foreach (var operation in document.Operations.Where(o => o.Method == "POST" && !o.PathParameters.Any()
            && o.Path.StartsWith("/api/", StringComparison.Ordinal) && !s_notSeeded.Any(n => o.Path.StartsWith(n, StringComparison.Ordinal))))
        {
            var body = operation.BodySchema is { } schema ? sampler.Sample(schema)?.ToJsonString(TestJson.Options) : null;
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(operation.Path, UriKind.Relative));
            if (body is not null)
            {
                request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
            }

            using var response = await adminB.SendAsync(request, ct);
            if (response.IsSuccessStatusCode)
            {
                created.Add(operation.Path);
            }
        }

        return created;
    }

    /// <summary>
    /// Adds every <c>id</c> in B's lists that A's same list does not show (shared data such as the global exercise
    /// library is visible to both by design) to the probe's targets; kind: the list route's last segment.
    /// </summary>
    private static async Task HarvestIdsAsync(OpenApiDocument document, HttpClient adminB, HttpClient adminA, ProbeTargets targets, CancellationToken ct)
    {
        foreach (var operation in document.Operations.Where(o => o.Method == "GET" && !o.PathParameters.Any() && o.Path.StartsWith("/api/", StringComparison.Ordinal)))
        {
            var url = operation.QueryParameters.Any(p => p.Name.Equals("maxResultCount", StringComparison.OrdinalIgnoreCase)) ? $"{operation.Path}?maxResultCount=1000" : operation.Path;
            var shared = (await ListIdsAsync(adminA, url, ct)).ToHashSet();
            var kind = operation.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1];
            foreach (var id in (await ListIdsAsync(adminB, url, ct)).Where(id => !shared.Contains(id)).Take(5))
            {
                targets.AddId(kind, id, $"B's {kind} (from the list)");
            }
        }
    }

    private static async Task<List<Guid>> ListIdsAsync(HttpClient client, string url, CancellationToken ct)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), ct);
        if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) != true)
        {
            return [];
        }

        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement;
        var items = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("items", out var list) ? list : root;
        return items.ValueKind != JsonValueKind.Array
            ? []
            : [.. items.EnumerateArray().Select(i => i.ValueKind == JsonValueKind.Object && i.TryGetProperty("id", out var id) && id.TryGetGuid(out var guid) ? guid : Guid.Empty).Where(g => g != Guid.Empty)];
    }

    /// <summary>
    /// What is compared before and after the probe: every parameter-less GET route (lists with the largest page),
    /// every single-id GET route with each id of its kind, and the permission grants of B's role, users and client.
    /// Discovered from the document like the probe itself; whoever reads gets only what it may see.
    /// </summary>
    private static List<string> ListReads(OpenApiDocument document, ProbeTargets targets, string marker)
    {
        var reads = new List<string>();
        foreach (var operation in document.Operations.Where(o => o.Method == "GET" && o.Path.StartsWith("/api/", StringComparison.Ordinal) && !s_volatileReads.ContainsKey(o.Path)))
        {
            var pathParameters = operation.PathParameters.ToList();
            if (pathParameters.Count == 0)
            {
                reads.Add(operation.QueryParameters.Any(p => p.Name.Equals("maxResultCount", StringComparison.OrdinalIgnoreCase)) ? $"{operation.Path}?maxResultCount=1000" : operation.Path);
            }
            else if (pathParameters is [{ IsUuid: true } single])
            {
                var kind = ProbeTargets.KindOf(operation.Path, single.Name);
                var ids = ProbeTargets.For(targets.Ids, kind, 0);
                if (ids.Count < targets.Ids.Count)
                {
                    reads.AddRange(ids.Select(id => operation.Path.Replace("{" + single.Name + "}", id.Value, StringComparison.Ordinal)));
                }
            }
        }

        reads.AddRange(targets.Ids.Where(i => i.Kind == "users").Select(u => $"/api/permission-management/permissions?providerName=U&providerKey={u.Value}"));
        reads.Add($"/api/permission-management/permissions?providerName=R&providerKey=role-{marker}");
        reads.Add($"/api/permission-management/permissions?providerName=C&providerKey=sync-{marker}");
        return reads;
    }

    /// <summary>The successful answers (a refusal is no data, and its trace id differs every time).</summary>
    private static async Task<Dictionary<string, string>> SnapshotAsync(HttpClient client, IEnumerable<string> reads, CancellationToken ct)
    {
        var snapshot = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var read in reads)
        {
            using var response = await client.GetAsync(new Uri(read, UriKind.Relative), ct);
            if (response.IsSuccessStatusCode)
            {
                snapshot[read] = await response.Content.ReadAsStringAsync(ct);
            }
        }

        return snapshot;
    }

    private static List<string> Changes(Dictionary<string, string> before, Dictionary<string, string> after) =>
        [.. before.Where(x => after.GetValueOrDefault(x.Key) != x.Value).Select(x => $"GET {x.Key}\n  before: {x.Value}\n  after:  {after.GetValueOrDefault(x.Key) ?? "(refused)"}")];

    private void Report(IReadOnlyList<ProbeCall> calls)
    {
        output.WriteLine($"{calls.Count} calls over {calls.Select(c => c.Operation.Key).Distinct().Count()} operations: {string.Join(", ", calls.Select(c => c.Operation.Key).Distinct())}");
        foreach (var group in calls.GroupBy(c => (c.Mode, c.Status)).OrderBy(g => g.Key.Mode).ThenBy(g => g.Key.Status))
        {
            output.WriteLine($"  {group.Key.Mode,-12} {(int)group.Key.Status} {group.Key.Status,-12} {group.Count()}");
        }

        foreach (var group in calls.Where(c => c.Mode == ProbeMode.References).GroupBy(c => (c.Operation.Key, c.Values.Split('=')[0], c.Status)))
        {
            output.WriteLine($"  references: {group.Key.Key} {group.Key.Item2}: {(int)group.Key.Status} x{group.Count()}");
        }
    }
}
