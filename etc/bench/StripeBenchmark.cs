#:sdk Microsoft.NET.Sdk.Web
#:project ../../test/FitSaaS.TestBase/FitSaaS.TestBase.csproj
#:package Microsoft.AspNetCore.Mvc.Testing
#:property PublishAot=false
#:property IsTestProject=false
#:property NoWarn=$(NoWarn);CA1050;CS1591;CA1515;CA1812;CA2007;CA1849;CA2100;CA1303;CA1305;CA1031;CA2234;CA1852;CA1062;CA2000;CA1001;CA1307;CA1310;CA5394;CA1002;CA1869;CA1822;CA1716;CA1707

// Issue 16's Stripe benchmarks (docs/benchmarks.md §19), one run, one process, against the real host pipeline:
// the FitSaaS host (Program, environment Testing, as the HTTP tests run it: FitSaaSWebFixture) on Kestrel at a loopback
// port, Stripe.net's requests going to the in-process FakeStripe (test/FitSaaS.StripeFake) in front of the local Stripe
// emulator (npm stripe-stateful-mock), PostgreSQL (or SQLite without --pg). Background-job execution is off in the host
// (the benchmark runs the jobs itself; no cron run may interfere).
//   (1) Setup: a tenant (Pro) over HTTP, its Stripe account connected and chargeable (as StripeWebFixture does), a monthly
//       plan, N+1 memberships whose first period ended, billed by MembershipLifecycleJob (N+1 open renewal invoices), and
//       for each member a Customer on the connected account with pm_card_visa attached as the default card (StripeCustomer).
//   (2) Duplicate burst: member 0's invoice paid on-session with a 3-D Secure card (requires_action), the customer
//       authenticates at the fake, and its payment_intent.succeeded event — not applied yet — is delivered D times at once
//       (64 connections): D answers 200, one Applied, one StripeWebhookEvent row, one payment of the invoice.
//       Baseline: the same D deliveries to the bare endpoint.
//   (3) Renewal run: CardCollectionJob over the N other invoices (enrol, claim, off-session PaymentIntent create+confirm
//       with the stored idempotency key, payment recorded, collection closed; one charge after another as the job does):
//       time, SQL commands (EF Core "command executed" events), then charges per invoice at Stripe (the emulator's charges
//       and the fake's PaymentIntents, grouped by metadata invoice_id) and payments per invoice in the database.
//       Baseline: N raw Stripe.net PaymentIntent creates with confirm=true, off-session, through the same fake and emulator,
//       same customers and cards, no FitSaaS code.
//   (4) Webhook intake: the N payment_intent.succeeded events the renewal run produced (a handled type: verify, route to
//       the gym, record under the unique key, read the PaymentIntent back from Stripe, apply it — already applied, so no
//       second payment) and its N payment_intent.created events (recorded and acknowledged: the intake alone), each
//       signed and POSTed to /api/billing/stripe/webhooks with C in flight; events/s and latency. Baseline: the same
//       succeeded bodies to a bare minimal-API endpoint in the same process that only verifies the signature with
//       Stripe.net's EventUtility and answers 200. Afterwards: still one payment per invoice.
//   FITSAAS_PG_PORT=55701 FITSAAS_PG_DIR=/tmp/wt-bench/pg bash etc/scripts/postgres.sh start | tail -1      # connection string
//   FITSAAS_STRIPE_MOCK_DIR=/tmp/wt-bench/stripe-mock FITSAAS_STRIPE_MOCK_PORT=56501 bash etc/scripts/stripe-mock.sh start | tail -1
//   dotnet run -c Release etc/bench/StripeBenchmark.cs -- --pg "<connection string>" --emulator http://127.0.0.1:56501 \
//       --pg-dir /tmp/wt-bench/pg --emulator-dir /tmp/wt-bench/stripe-mock [--n 1000] [--duplicates 1000] [--concurrency 16] [--warmup 200]
// Warm-up, not measured (the profile of a first version showed a third of the CPU in the JIT's tier-1 recompilations): the
// job over --warmup other members first; before the webhook rows, the baseline's 2 × N events (PaymentIntents FitSaaS does
// not know: the same path, nothing to apply) to both endpoints.
// --pg-dir / --emulator-dir (the scripts' FITSAAS_PG_DIR / FITSAAS_STRIPE_MOCK_DIR) add the CPU time of PostgreSQL and of the
// emulator to this process's own: per event / delivery / charge, a figure the machine's other load changes less than time.
// Prints markdown tables; exit code 1 when a check failed (an answer not 200, a second effect, charges per invoice ≠ 1).
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FitSaaS.Billing;
using FitSaaS.Billing.Stripe;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Testing;
using FitSaaS.Testing.Stripe;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Stripe;
using File = System.IO.File;
using Invoice = FitSaaS.Billing.Invoice;
using Plan = FitSaaS.Billing.Plan;

var options = ParseArgs(args);
if (options.ContainsKey("help"))
{
    Console.WriteLine("""
        dotnet run -c Release etc/bench/StripeBenchmark.cs -- [--pg <PostgreSQL connection string>] --emulator <stripe-stateful-mock URL>
            [--n 1000] [--duplicates 1000] [--concurrency 16] [--warmup 200] [--pg-dir <FITSAAS_PG_DIR>] [--emulator-dir <FITSAAS_STRIPE_MOCK_DIR>]
        --pg-dir / --emulator-dir: also report the CPU time of the PostgreSQL server and of the emulator. Without --pg: SQLite. --emulator defaults to $FitSaaS_Test__StripeMock. See the header comment of the file.
        """);
    return 0;
}

var n = Int("n", 1000);
var duplicates = Int("duplicates", 1000);
var concurrency = Int("concurrency", 16);
var warmupCharges = Int("warmup", 200);
// CPU time (load-independent): this process (host + load client + in-process fake), the PostgreSQL server's processes
// (the postmaster of <pg-dir>/data and its children) and the emulator's node process, sampled around each measurement.
var cpu = new CpuMeter(
    options.TryGetValue("pg-dir", out var pgDir) ? PidOf(Path.Combine(pgDir, "data", "postmaster.pid")) : null,
    options.TryGetValue("emulator-dir", out var emulatorDir) ? PidOf(Path.Combine(emulatorDir, "stripe-mock.pid")) : null);
var emulator = options.GetValueOrDefault("emulator") ?? Environment.GetEnvironmentVariable(StripeEmulator.EnvironmentVariable)
    ?? throw new InvalidOperationException("--emulator <url> (bash etc/scripts/stripe-mock.sh start) is required.");
if (options.TryGetValue("pg", out var pg))
{
    Environment.SetEnvironmentVariable("FitSaaS_Test__Database", "PostgreSql");
    Environment.SetEnvironmentVariable("FitSaaS_Test__PostgreSql", pg);
}

Environment.SetEnvironmentVariable(StripeEmulator.EnvironmentVariable, emulator);
// The host's content root (appsettings.json): WebApplicationFactory's override, as a file-based app has no test manifest.
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_FITSAAS_HTTPAPI_HOST",
    Path.GetFullPath(Path.Combine(Path.GetDirectoryName(SourceFile())!, "../../src/FitSaaS.HttpApi.Host")));
var failures = new List<string>();
var load0 = File.ReadAllText("/proc/loadavg").Trim();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"StripeBenchmark {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; N = {n}, duplicates = {duplicates}, {concurrency} in flight; {(pg is null ? "SQLite" : "PostgreSQL")}; {Environment.ProcessorCount} cores; load average {load0}"));

var commands = new CommandCounter();
using var subscription = DiagnosticListener.AllListeners.Subscribe(commands);
var fixture = new BenchFixture(new Uri(emulator));
await fixture.InitializeAsync();
var services = fixture.Services;
var currentTenant = services.GetRequiredService<ICurrentTenant>();
var scopeFactory = services.GetRequiredService<IServiceScopeFactory>();
var fake = fixture.Fake;
var ct = CancellationToken.None;
try
{
    // ---- (1) setup ----
    var setupWatch = Stopwatch.StartNew();
    var tenant = await fixture.CreateTenantAsync();
    string accountId;
    using (var admin = await fixture.LoginAsync(tenant.Name, "admin"))
    {
        using var created = await admin.PostAsJsonAsync("/api/billing/stripe-connection", new { email = "owner@gym.test" }, TestJson.Options);
        created.EnsureSuccessStatusCode();
        accountId = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("accountId").GetString()!;
        await fake.UpdateAccountAsync(accountId, true, true, true, ct);
        using var refreshed = await admin.PostAsJsonAsync("/api/billing/stripe-connection/refresh", new { }, TestJson.Options);
        refreshed.EnsureSuccessStatusCode();
    }

    var now = DateTime.UtcNow;
    var today = DateOnly.FromDateTime(now);
    var stripe = services.GetRequiredService<StripeClientProvider>().Client;
    var cards = new ConcurrentDictionary<Guid, (string Customer, string Card)>();
    Plan plan;
    using (currentTenant.Change(tenant.Id))
    {
        plan = await InUowAsync(true, async sp => await sp.GetRequiredService<PlanManager>().CreateAsync(
            "Monthly", null, new PlanTerms(PlanKind.Membership, 4990, 8.875m, TaxMode.Exclusive, BillingInterval.Month, 1, Allowance: 8)));
    }

    // Warm-up (JIT tiering, pools, caches: a server that has been running): the card-collection job over a first group of
    // members, not measured; their invoices are paid before the measured group is billed.
    if (warmupCharges > 0)
    {
        await MembersDueAsync(warmupCharges);
        using (currentTenant.Change(tenant.Id))
        await using (var scope = scopeFactory.CreateAsyncScope())
        {
            await ActivatorUtilities.GetServiceOrCreateInstance<CardCollectionJob>(scope.ServiceProvider).ExecuteAsync(new CardCollectionArgs(), ct);
        }
    }

    var members = await MembersDueAsync(n + 1);
    Dictionary<Guid, Guid> invoiceOfMember;
    using (currentTenant.Change(tenant.Id))
    {
        invoiceOfMember = await DbAsync(async db => await db.Set<Invoice>().Where(i => i.Status == InvoiceStatus.Open && i.MembershipId != null)
            .ToDictionaryAsync(i => i.MemberId, i => i.Id));
    }

    // <count> members with a monthly membership whose first period ended, billed by the lifecycle job (an open renewal
    // invoice each), and a Customer on the connected account with a saved default card (what confirming a SetupIntent leaves).
    async Task<List<Guid>> MembersDueAsync(int count)
    {
        var ids = new List<Guid>();
        using (currentTenant.Change(tenant.Id))
        {
            for (var start = 0; start < count; start += 500)
            {
                var batch = Math.Min(500, count - start);
                ids.AddRange(await InUowAsync(true, async sp =>
                {
                    var guids = sp.GetRequiredService<FitSaaS.Framework.Guids.IGuidGenerator>();
                    var repository = sp.GetRequiredService<IMembershipRepository>();
                    var created = new List<Guid>();
                    for (var i = 0; i < batch; i++)
                    {
                        var membership = new Membership(guids.Create(), tenant.Id, guids.Create(), plan, today.AddDays(-31 - (i % 10)), "UTC", now.AddDays(-40));
                        membership.Activate(now.AddDays(-40));
                        await repository.InsertAsync(membership);
                        created.Add(membership.MemberId);
                    }

                    return created;
                }));
            }

            await using (var scope = scopeFactory.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<MembershipLifecycleJob>().ExecuteAsync(new MembershipLifecycleArgs(), ct);
            }
        }

        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (member, token) =>
        {
            var customer = await new CustomerService(stripe).CreateAsync(
                new CustomerCreateOptions { Email = $"m{member:N}@bench.test", Metadata = new() { ["member_id"] = member.ToString() } },
                new RequestOptions { StripeAccount = accountId }, token);
            var card = await new PaymentMethodService(stripe).AttachAsync("pm_card_visa", new PaymentMethodAttachOptions { Customer = customer.Id },
                new RequestOptions { StripeAccount = accountId }, token);
            cards[member] = (customer.Id, card.Id);
        });
        using (currentTenant.Change(tenant.Id))
        {
            foreach (var chunk in ids.Chunk(500))
            {
                await InUowAsync(true, async sp =>
                {
                    var guids = sp.GetRequiredService<FitSaaS.Framework.Guids.IGuidGenerator>();
                    var repository = sp.GetRequiredService<IStripeCustomerRepository>();
                    foreach (var member in chunk)
                    {
                        var customer = new StripeCustomer(guids.Create(), tenant.Id, member, accountId, cards[member].Customer, now);
                        customer.SetDefaultPaymentMethod(cards[member].Card);
                        await repository.InsertAsync(customer);
                    }

                    return 0;
                });
            }
        }

        return ids;
    }

    Check(invoiceOfMember.Count == n + 1, $"{invoiceOfMember.Count} open renewal invoices after the lifecycle job, expected {n + 1}");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"setup: tenant, account {accountId}, {n + 1} memberships renewed with a saved card each (and {warmupCharges} charged by a warm-up run of the job), in {setupWatch.Elapsed.TotalSeconds:0.0} s"));

    using var kit = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = fixture.ServerAddress };
    await using var bareHost = await BareWebhookHost.StartAsync(BenchFixture.ConnectSecret);
    using var bare = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = bareHost.Address };

    // ---- (2) duplicate burst ----
    var burstInvoice = invoiceOfMember[members[0]];
    string burstIntent;
    using (currentTenant.Change(tenant.Id))
    await using (var scope = scopeFactory.CreateAsyncScope())
    {
        var (attempt, _) = await scope.ServiceProvider.GetRequiredService<OnlinePaymentManager>().PayAsync(burstInvoice, "pm_card_threeDSecure2Required", offSession: false, ct);
        burstIntent = attempt.PaymentIntentId ?? throw new InvalidOperationException("The 3-D Secure payment has no PaymentIntent.");
        Check(attempt.Status == OnlinePaymentStatus.RequiresAction, $"the 3-D Secure payment is {attempt.Status}, expected RequiresAction");
    }

    await fake.CompleteAuthenticationAsync(burstIntent, succeed: true, ct);
    var burstEvent = fake.Events.Last(e => e.Type == "payment_intent.succeeded" && e.Json.Contains(burstIntent, StringComparison.Ordinal));
    var burstResults = new List<string>();
    foreach (var (name, url) in new[] { ("bare", bareHost.Address), ("kit", fixture.ServerAddress!) })
    {
        using var burstClient = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = url };
        var path = name == "kit" ? BenchFixture.WebhookPath : BareWebhookHost.Path;
        var cpu0 = cpu.Sample();
        var watch = Stopwatch.StartNew();
        var answers = await Task.WhenAll(Enumerable.Range(0, duplicates).Select(_ => DeliverAsync(burstClient, path, burstEvent)));
        watch.Stop();
        var burstCpu = cpu.Sample() - cpu0;
        var ok = answers.Count(a => a.Status == 200);
        var outcomes = string.Join(", ", answers.Where(a => a.Outcome is not null).GroupBy(a => a.Outcome).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key}"));
        burstResults.Add(string.Create(CultureInfo.InvariantCulture,
            $"| {(name == "kit" ? "FitSaaS webhook endpoint" : "baseline: bare endpoint, EventUtility only")} | {duplicates} | {watch.Elapsed.TotalSeconds:0.00} s | {duplicates / watch.Elapsed.TotalSeconds:0} /s | {burstCpu.PerItem(duplicates)} | {ok} | {(name == "kit" ? outcomes : "—")} |"));
        Check(ok == duplicates, $"{name} burst: {ok} of {duplicates} answers were 200 ({string.Join(", ", answers.Where(a => a.Status != 200).Select(a => a.Status).Distinct())})");
        if (name == "kit")
        {
            Check(answers.Count(a => a.Outcome == "Applied") == 1, "the burst's event was applied more or less than once");
        }
    }

    int burstRecords, burstPayments;
    InvoiceStatus burstStatus;
    using (currentTenant.Change(tenant.Id))
    {
        burstRecords = await DbAsync(db => db.Set<StripeWebhookEvent>().CountAsync(e => e.EventId == burstEvent.Id));
        burstPayments = await DbAsync(db => db.Set<Payment>().CountAsync(p => p.InvoiceId == burstInvoice));
        burstStatus = await DbAsync(db => db.Set<Invoice>().Where(i => i.Id == burstInvoice).Select(i => i.Status).SingleAsync());
    }

    Check(burstRecords == 1 && burstPayments == 1 && burstStatus == InvoiceStatus.Paid,
        $"after the burst: {burstRecords} event records, {burstPayments} payments, invoice {burstStatus} (expected 1, 1, Paid)");

    // ---- (3) renewal run: the card-collection job over N invoices ----
    var renewalInvoices = invoiceOfMember.Where(kv => kv.Key != members[0]).Select(kv => kv.Value).ToHashSet();
    var intentsBefore = fake.CountRequests("POST", "/v1/payment_intents");
    GC.Collect();
    commands.Reset();
    var allocated = GC.GetTotalAllocatedBytes(true);
    Phase("renewal run");
    var jobCpu0 = cpu.Sample();
    var jobWatch = Stopwatch.StartNew();
    using (currentTenant.Change(tenant.Id))
    await using (var scope = scopeFactory.CreateAsyncScope())
    {
        await ActivatorUtilities.GetServiceOrCreateInstance<CardCollectionJob>(scope.ServiceProvider).ExecuteAsync(new CardCollectionArgs(), ct);
    }

    jobWatch.Stop();
    var jobCpu = cpu.Sample() - jobCpu0;
    var jobCommands = commands.Count;
    var jobAllocated = (GC.GetTotalAllocatedBytes(true) - allocated) / 1048576.0;
    var intentCreates = fake.CountRequests("POST", "/v1/payment_intents") - intentsBefore;

    // Charges per invoice at Stripe (the emulator's charges and the fake's PaymentIntents) and in the database.
    var onAccount = new RequestOptions { StripeAccount = accountId };
    var emulatorCharges = new Dictionary<string, int>();
    await foreach (var charge in new ChargeService(stripe).ListAutoPagingAsync(new ChargeListOptions { Limit = 100 }, onAccount, ct))
    {
        if (charge.Metadata.TryGetValue("invoice_id", out var invoice) && charge.Status == "succeeded")
        {
            emulatorCharges[invoice] = emulatorCharges.GetValueOrDefault(invoice) + 1;
        }
    }

    var succeededIntents = new Dictionary<string, int>();
    await foreach (var intent in new PaymentIntentService(stripe).ListAutoPagingAsync(new PaymentIntentListOptions { Limit = 100 }, onAccount, ct))
    {
        if (intent.Metadata.TryGetValue("invoice_id", out var invoice) && intent.Status == "succeeded")
        {
            succeededIntents[invoice] = succeededIntents.GetValueOrDefault(invoice) + 1;
        }
    }

    var (paymentsPerInvoice, paidInvoices, attempts) = await PaymentsAsync(tenant.Id, renewalInvoices);
    var chargeCounts = renewalInvoices.Select(i => emulatorCharges.GetValueOrDefault(i.ToString())).ToList();
    var intentCounts = renewalInvoices.Select(i => succeededIntents.GetValueOrDefault(i.ToString())).ToList();
    var paymentCounts = renewalInvoices.Select(i => paymentsPerInvoice.GetValueOrDefault(i)).ToList();
    Check(chargeCounts.All(c => c == 1), $"emulator charges per invoice: min {chargeCounts.Min()}, max {chargeCounts.Max()} (expected 1)");
    Check(intentCounts.All(c => c == 1), $"succeeded PaymentIntents per invoice: min {intentCounts.Min()}, max {intentCounts.Max()} (expected 1)");
    Check(paymentCounts.All(c => c == 1), $"payments per invoice: min {paymentCounts.Min()}, max {paymentCounts.Max()} (expected 1)");
    Check(paidInvoices == n, $"{paidInvoices} of {n} renewal invoices paid");

    // Baseline: N raw Stripe.net PaymentIntent create+confirm, off-session, through the same fake and emulator.
    var rawStripe = new StripeClient(new StripeClientOptions
    {
        ApiKey = StripeEmulator.SecretKey,
        ApiBase = "http://stripe.fake",
        ConnectBase = "http://stripe.fake",
        FilesBase = "http://stripe.fake",
        HttpClient = new SystemNetHttpClient(new HttpClient(fake.CreateHandler()), 0),
    });
    var rawMembers = members.Skip(1).ToList();
    var rawCpu0 = cpu.Sample();
    var rawWatch = Stopwatch.StartNew();
    var rawSucceeded = 0;
    foreach (var member in rawMembers)
    {
        var (customer, card) = cards[member];
        var intent = await new PaymentIntentService(rawStripe).CreateAsync(new PaymentIntentCreateOptions
        {
            Amount = 5433,
            Currency = "usd",
            Customer = customer,
            PaymentMethod = card,
            Confirm = true,
            OffSession = true,
            AllowedPaymentMethodTypes = ["card"],
            Metadata = new() { ["bench"] = "raw", ["member_id"] = member.ToString() },
        }, new RequestOptions { StripeAccount = accountId, IdempotencyKey = $"bench-raw-{member:N}" }, ct);
        rawSucceeded += intent.Status == "succeeded" ? 1 : 0;
    }

    rawWatch.Stop();
    var rawCpu = cpu.Sample() - rawCpu0;
    Check(rawSucceeded == rawMembers.Count, $"baseline: {rawSucceeded} of {rawMembers.Count} raw PaymentIntents succeeded");

    // ---- (4) webhook intake ----
    var renewalIds = renewalInvoices.Select(i => i.ToString()).ToHashSet();
    string? InvoiceOf(FakeStripeEvent e) =>
        JsonDocument.Parse(e.Json).RootElement.GetProperty("data").GetProperty("object").GetProperty("metadata") is var m && m.TryGetProperty("invoice_id", out var v) ? v.GetString() : null;
    var events = fake.Events;
    var succeededEvents = events.Where(e => e.Type == "payment_intent.succeeded" && InvoiceOf(e) is { } i && renewalIds.Contains(i)).ToList();
    var createdEvents = events.Where(e => e.Type == "payment_intent.created" && InvoiceOf(e) is { } i && renewalIds.Contains(i)).ToList();
    var rawEvents = events.Where(e => e.Type == "payment_intent.succeeded" && e.Json.Contains("\"bench\":\"raw\"", StringComparison.Ordinal)).ToList();
    Check(succeededEvents.Count == n && createdEvents.Count == n, $"{succeededEvents.Count} succeeded and {createdEvents.Count} created events of the renewal run, expected {n} each");

    // Warm-up (JIT tiering, pools): the raw baseline's events — PaymentIntents FitSaaS does not know, so the same path
    // applies nothing — succeeded and created ones, to each endpoint, not measured.
    var rawCreated = events.Where(e => e.Type == "payment_intent.created" && e.Json.Contains("\"bench\":\"raw\"", StringComparison.Ordinal)).ToList();
    var warmup = rawEvents.Concat(rawCreated).ToList();
    await LoadAsync(kit, BenchFixture.WebhookPath, warmup, concurrency);
    await LoadAsync(bare, BareWebhookHost.Path, warmup, concurrency);

    Phase("webhook intake");
    var webhookRows = new List<string>();
    foreach (var (name, client, path, list) in new[]
    {
        ("baseline: bare endpoint, EventUtility only (the succeeded events)", bare, BareWebhookHost.Path, succeededEvents),
        ("payment_intent.succeeded (handled: PaymentIntent read back, applied)", kit, BenchFixture.WebhookPath, succeededEvents),
        ("payment_intent.created (recorded, acknowledged)", kit, BenchFixture.WebhookPath, createdEvents),
    })
    {
        commands.Reset();
        var cpu0 = cpu.Sample();
        var result = await LoadAsync(client, path, list, concurrency);
        var used = cpu.Sample() - cpu0;
        var outcomes = string.Join(", ", result.Outcomes.OrderBy(kv => kv.Key).Select(kv => $"{kv.Value} {kv.Key}"));
        webhookRows.Add(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {list.Count} | {result.Seconds:0.00} s | **{list.Count / result.Seconds:0} /s** | {result.P50:0.0} ms | {result.P99:0.0} ms | {used.PerItem(list.Count)} | {(client == kit ? commands.Count / (double)list.Count : 0):0.0} | {(client == kit ? outcomes : "—")} |"));
        Check(result.Ok == list.Count, $"{name}: {result.Ok} of {list.Count} answers were 200");
        if (client == kit)
        {
            Check(!result.Outcomes.ContainsKey("Duplicate") && !result.Outcomes.ContainsKey("Ignored"), $"{name}: outcomes {outcomes}");
        }
    }

    Phase("checks");
    var (paymentsAfter, _, _) = await PaymentsAsync(tenant.Id, renewalInvoices);
    int records;
    using (currentTenant.Change(tenant.Id))
    {
        records = await DbAsync(db => db.Set<StripeWebhookEvent>().CountAsync());
    }

    Check(renewalInvoices.All(i => paymentsAfter.GetValueOrDefault(i) == 1), "a webhook added a second payment to a renewal invoice");
    Check(records == 1 + warmup.Count + 2 * n, $"{records} webhook event records, expected {1 + warmup.Count + 2 * n}");

    // ---- report ----
    var load1 = File.ReadAllText("/proc/loadavg").Trim();
    Console.WriteLine();
    Console.WriteLine("Webhook intake (signed POSTs, " + concurrency + " in flight, Kestrel on loopback, client in the same process):");
    Console.WriteLine($"| events | count | time | rate | p50 | p99 | {CpuUsage.Header} per event | SQL commands per event | outcomes |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
    webhookRows.ForEach(Console.WriteLine);
    Console.WriteLine();
    Console.WriteLine($"Duplicate burst: one payment_intent.succeeded (3-D Secure payment, not yet applied) delivered {duplicates} times at once (64 connections):");
    Console.WriteLine($"| endpoint | deliveries | time | rate | {CpuUsage.Header} per delivery | answers 200 | outcomes |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---|");
    burstResults.ForEach(Console.WriteLine);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"after the burst: {burstRecords} StripeWebhookEvent row for {burstEvent.Id}, {burstPayments} payment of the invoice, invoice {burstStatus}"));
    Console.WriteLine();
    Console.WriteLine($"Renewal run: CardCollectionJob over {n} open renewal invoices, saved cards, off-session:");
    Console.WriteLine($"| run | time | charges/s | ms per charge | {CpuUsage.Header} per charge | SQL commands | allocated |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| CardCollectionJob ({intentCreates} PaymentIntent creates) | **{jobWatch.Elapsed.TotalSeconds:0.0} s** | {n / jobWatch.Elapsed.TotalSeconds:0.0} | {jobWatch.Elapsed.TotalMilliseconds / n:0.0} | {jobCpu.PerItem(n)} | {jobCommands} ({jobCommands / (double)n:0.0} per charge) | {jobAllocated:0} MB |"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| baseline: {rawMembers.Count} raw Stripe.net PaymentIntent create+confirm (same fake and emulator) | {rawWatch.Elapsed.TotalSeconds:0.0} s | {rawMembers.Count / rawWatch.Elapsed.TotalSeconds:0.0} | {rawWatch.Elapsed.TotalMilliseconds / rawMembers.Count:0.0} | {rawCpu.PerItem(rawMembers.Count)} | — | — |"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"charges per invoice: emulator charges {chargeCounts.Min()}–{chargeCounts.Max()} ({chargeCounts.Sum()} in all), succeeded PaymentIntents {intentCounts.Min()}–{intentCounts.Max()}, payments in the database {paymentCounts.Min()}–{paymentCounts.Max()} (still {renewalInvoices.Min(i => paymentsAfter.GetValueOrDefault(i))}–{renewalInvoices.Max(i => paymentsAfter.GetValueOrDefault(i))} after the webhooks); {paidInvoices} invoices paid, {attempts} online payments"));
    Console.WriteLine();
    Console.WriteLine($"load average before: {load0}; after: {load1}");
}
finally
{
    await fixture.DisposeAsync();
}

if (failures.Count > 0)
{
    Console.WriteLine();
    Console.WriteLine("FAILED CHECKS:");
    failures.ForEach(f => Console.WriteLine("- " + f));
    return 1;
}

Console.WriteLine("all checks passed");
return 0;

// A line on stderr when a measured phase starts (for a profiler attached from outside: etc/bench/perf-profile.sh's way).
static void Phase(string name) => Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[phase] {name} (pid {Environment.ProcessId}) {DateTime.UtcNow:HH:mm:ss}"));

void Check(bool condition, string message)
{
    if (!condition)
    {
        failures.Add(message);
        Console.WriteLine("CHECK FAILED: " + message);
    }
}

int Int(string name, int fallback) => options.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

Task<T> InUowAsync<T>(bool transactional, Func<IServiceProvider, Task<T>> work) =>
    scopeFactory.RunInUnitOfWorkAsync(new UnitOfWorkOptions { IsTransactional = transactional }, (sp, _) => work(sp), ct);

Task<T> DbAsync<T>(Func<FitSaaS.EntityFrameworkCore.FitSaaSDbContext, Task<T>> query) =>
    InUowAsync(false, async sp => await query(await sp.GetRequiredService<FitSaaS.Framework.EntityFrameworkCore.IDbContextProvider<FitSaaS.EntityFrameworkCore.FitSaaSDbContext>>().GetDbContextAsync()));

async Task<(Dictionary<Guid, int> PerInvoice, int Paid, int Attempts)> PaymentsAsync(Guid tenantId, HashSet<Guid> invoices)
{
    using var _ = currentTenant.Change(tenantId);
    var perInvoice = await DbAsync(db => db.Set<Payment>().GroupBy(p => p.InvoiceId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count));
    var paid = await DbAsync(db => db.Set<Invoice>().Where(i => i.Status == InvoiceStatus.Paid).Select(i => i.Id).ToListAsync());
    var attempts = await DbAsync(db => db.Set<OnlinePayment>().CountAsync());
    return (perInvoice, paid.Count(invoices.Contains), attempts);
}

async Task<(int Status, string? Outcome)> DeliverAsync(HttpClient client, string path, FakeStripeEvent stripeEvent)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new StringContent(stripeEvent.Json, Encoding.UTF8, "application/json") };
    request.Headers.TryAddWithoutValidation("Stripe-Signature", fake.SignatureHeader(stripeEvent.Json, BenchFixture.ConnectSecret));
    using var response = await client.SendAsync(request);
    var text = await response.Content.ReadAsStringAsync();
    string? outcome = null;
    if (response.IsSuccessStatusCode && text.Length > 0 && text[0] == '{')
    {
        outcome = JsonDocument.Parse(text).RootElement.TryGetProperty("outcome", out var o) ? o.GetString() : null;
    }

    return ((int)response.StatusCode, outcome);
}

async Task<LoadResult> LoadAsync(HttpClient client, string path, List<FakeStripeEvent> list, int inFlight)
{
    var next = -1;
    var latencies = new ConcurrentBag<double>();
    var outcomes = new ConcurrentDictionary<string, int>();
    var ok = 0;
    var watch = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, inFlight).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < list.Count)
        {
            var started = Stopwatch.GetTimestamp();
            var (status, outcome) = await DeliverAsync(client, path, list[i]);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (status == 200)
            {
                Interlocked.Increment(ref ok);
            }

            if (outcome is not null)
            {
                outcomes.AddOrUpdate(outcome, 1, (_, c) => c + 1);
            }
        }
    }));
    watch.Stop();
    var sorted = latencies.Order().ToList();
    return new LoadResult(watch.Elapsed.TotalSeconds, ok, sorted[sorted.Count / 2], sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * 0.99))], outcomes);
}

static int? PidOf(string pidFile) =>
    File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).First().Trim(), CultureInfo.InvariantCulture, out var pid) ? pid : null;

static string SourceFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;

static Dictionary<string, string> ParseArgs(string[] args)
{
    var options = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i < args.Length; i++)
    {
        if (args[i] is "--help" or "-h")
        {
            options["help"] = "";
        }
        else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
        {
            options[args[i][2..]] = args[++i];
        }
        else
        {
            throw new ArgumentException($"unexpected argument {args[i]} (--help)");
        }
    }

    return options;
}

// CPU milliseconds: this process, the PostgreSQL server's processes, the emulator (NaN: not measured).
readonly record struct CpuUsage(double Self, double Postgres, double Emulator)
{
    public const string Header = "CPU ms (process / PostgreSQL / emulator)";

    public static CpuUsage operator -(CpuUsage a, CpuUsage b) => new(a.Self - b.Self, a.Postgres - b.Postgres, a.Emulator - b.Emulator);

    public string PerItem(int count) => string.Create(CultureInfo.InvariantCulture,
        $"{Self / count:0.00} / {(double.IsNaN(Postgres) ? "—" : (Postgres / count).ToString("0.00", CultureInfo.InvariantCulture))} / {(double.IsNaN(Emulator) ? "—" : (Emulator / count).ToString("0.00", CultureInfo.InvariantCulture))}");
}

sealed class CpuMeter(int? postgresPid, int? emulatorPid)
{
    public CpuUsage Sample()
    {
        using var self = Process.GetCurrentProcess();
        return new CpuUsage(self.TotalProcessorTime.TotalMilliseconds, Tree(postgresPid), Tree(emulatorPid));
    }

    // utime + stime of the process and its children (/proc/<pid>/stat, clock ticks of 10 ms).
    private static double Tree(int? root)
    {
        if (root is not { } rootPid)
        {
            return double.NaN;
        }

        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (pid == rootPid || int.Parse(fields[1], CultureInfo.InvariantCulture) == rootPid)
                {
                    ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                }
            }
            catch (IOException)
            {
                // The process ended meanwhile.
            }
        }

        return ticks * 10.0;
    }
}

sealed record LoadResult(double Seconds, int Ok, double P50, double P99, ConcurrentDictionary<string, int> Outcomes);

// The host as the Stripe HTTP tests run it (StripeWebFixture), on Kestrel, with background-job execution off.
sealed class BenchFixture(Uri emulator) : FitSaaSWebFixture
{
    public const string WebhookPath = "/api/billing/stripe/webhooks";
    public const string PlatformSecret = "whsec_fitsaas_platform_bench";
    public const string ConnectSecret = "whsec_fitsaas_connect_bench";

    public FakeStripe Fake { get; } = new(emulator);

    protected override bool UseKestrel => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services =>
            services.AddHttpClient(StripeClientProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(Fake.CreateHandler));

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
    [
        new("Stripe:SecretKey", StripeEmulator.SecretKey),
        new("Stripe:ApiBase", "http://stripe.fake"),
        new("Stripe:MaxNetworkRetries", "0"),
        new("Stripe:WebhookSecret", PlatformSecret),
        new("Stripe:ConnectWebhookSecret", ConnectSecret),
        new("BackgroundJobs:IsJobExecutionEnabled", "false"),
    ];
}

// The baseline endpoint: a bare minimal API on Kestrel (loopback) that reads the body, verifies Stripe-Signature with
// Stripe.net's EventUtility (the Connect secret, 300 s tolerance) and answers 200 — no tenant, no database.
sealed class BareWebhookHost : IAsyncDisposable
{
    public const string Path = "/bare/stripe/webhooks";

    private readonly WebApplication _app;

    private BareWebhookHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<BareWebhookHost> StartAsync(string secret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost(Path, async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body, new UTF8Encoding(false, true));
            var body = await reader.ReadToEndAsync(http.RequestAborted);
            try
            {
                var stripeEvent = EventUtility.ConstructEvent(body, http.Request.Headers["Stripe-Signature"], secret, 300, throwOnApiVersionMismatch: false);
                return Results.Ok(new { eventId = stripeEvent.Id });
            }
            catch (StripeException)
            {
                return Results.BadRequest();
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BareWebhookHost(app, new Uri(address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

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
