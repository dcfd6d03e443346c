using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using FitSaaS.Testing;
using Npgsql;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Cluster;

/// <summary>
/// Distributed events on two real host processes sharing one PostgreSQL database and one RabbitMQ (issue #5 §4): every
/// confirmed booking writes one <c>Bookings.BookingConfirmed.v1</c> to the outbox of the instance it went through; both
/// instances dispatch the shared outbox and consume the one shared queue (competing consumers); the inbox and the handler's
/// effect (<c>MemberBookingSummaries</c>) show each message handled exactly once, also across a 10 s broker outage.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterEventTests
{
    private const string BookingConfirmed = "Bookings.BookingConfirmed.v1";
    private const int ConsumerConnectedEventId = 5112;

    [Fact]
    public async Task DistributedEvents_ProducedThroughBoth_AreHandledExactlyOnceAcrossTheCluster()
    {
        Assert.SkipWhen(HostCluster.SkipReason is not null, HostCluster.SkipReason ?? "");
        Assert.SkipWhen(SharedRabbitMq is null, "needs RabbitMQ: set FitSaaS_Test__RabbitMQ to the line etc/scripts/rabbitmq.sh start prints (etc/scripts/test.sh does)");
        Assert.SkipWhen(!HasAdminConnection, "needs FitSaaS_Test__PostgreSqlAdmin (etc/scripts/test.sh sets it) to count every tenant's rows");
        var (settings, queue) = RabbitSettings(SharedRabbitMq!);
        await using var cluster = await HostCluster.StartAsync(settings: settings);
        var tenant = await HostCluster.CreateTenantAsync(cluster.A);
        using var admin = cluster.A.CreateClient(await HostCluster.GetTokenAsync(cluster.A, tenant.Name, "admin"));
        const int members = 40;
        var session = await CreateSessionAsync(admin, members + 10, DateTime.UtcNow.AddDays(1));

        // Each member books one seat (always confirmed: capacity > members), even-numbered through A, odd-numbered through B:
        // one BookingConfirmedEto per booking, written to the outbox by the instance the request went through.
        await Parallel.ForEachAsync(Enumerable.Range(0, members), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, cancellationToken) =>
        {
            var via = cluster.Instances[i % 2];
            var (_, token) = await HostCluster.RegisterMemberAsync(via, tenant.Name, $"evt{i:D3}");
            using var client = via.CreateClient(token);
            using var response = await client.PostAsJsonAsync(BookingsRoute, new { classSessionId = session.Id }, TestJson.Options, cancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"booking {i} through {via.Name}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        });

        await using var db = (await cluster.OpenAdminConnectionAsync())!;
        await AssertEveryEventHandledOnceAsync(cluster, db, members, TimeSpan.FromSeconds(90));

        // Both instances consume the one shared queue (the receiver logs nothing per message, so which instance handled
        // which message is not asserted; that each was handled once is, above).
        cluster.LogsOf(ConsumerConnectedEventId).Where(line => line.State.GetValueOrDefault("Queue") == queue)
            .Select(line => line.Instance).Distinct().Order().ToArray().ShouldBe(new[] { "A", "B" }, cluster.Tails());
    }

    [Fact]
    public async Task RabbitMqStoppedTenSeconds_WhileEventsAreProduced_EveryEventIsDeliveredAndHandledOnce()
    {
        Assert.SkipWhen(HostCluster.SkipReason is not null, HostCluster.SkipReason ?? "");
        Assert.SkipWhen(!ServiceScript.Exists("rabbitmq"), "needs etc/scripts/rabbitmq.sh");
        Assert.SkipWhen(!HasAdminConnection, "needs FitSaaS_Test__PostgreSqlAdmin (etc/scripts/test.sh sets it) to count every tenant's rows");

        // A broker of the test's own (the suite's shared one must not stop), kept on disk across the stop: durable queues
        // and confirmed-but-unconsumed persistent messages survive, as in a real broker restart.
        var env = new Dictionary<string, string>
        {
            ["FITSAAS_RABBITMQ_PORT"] = LoopbackPorts.FreeTriple().ToString(CultureInfo.InvariantCulture),
            ["FITSAAS_RABBITMQ_DIR"] = Path.Combine(Path.GetTempPath(), $"fitsaas-cluster-rabbit-{Guid.NewGuid():N}"),
        };
        try
        {
            var endpoint = await ServiceScript.RunAsync("rabbitmq", "start", env);
            var (settings, _) = RabbitSettings(endpoint);
            await using var cluster = await HostCluster.StartAsync(settings: settings);
            var tenant = await HostCluster.CreateTenantAsync(cluster.A);
            using var admin = cluster.A.CreateClient(await HostCluster.GetTokenAsync(cluster.A, tenant.Name, "admin"));
            const int members = 60;
            var session = await CreateSessionAsync(admin, members + 10, DateTime.UtcNow.AddDays(1));
            var tokens = new (HostProcess Via, string Token)[members];
            await Parallel.ForEachAsync(Enumerable.Range(0, members), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            {
                var via = cluster.Instances[i % 2];
                tokens[i] = (via, (await HostCluster.RegisterMemberAsync(via, tenant.Name, $"rmq{i:D3}")).Token);
            });

            async Task BookAsync(int i)
            {
                using var client = tokens[i].Via.CreateClient(tokens[i].Token);
                using var response = await client.PostAsJsonAsync(BookingsRoute, new { classSessionId = session.Id }, TestJson.Options);
                response.StatusCode.ShouldBe(HttpStatusCode.OK, $"booking {i} through {tokens[i].Via.Name}: {await response.Content.ReadAsStringAsync()}");
            }

            for (var i = 0; i < 20; i++)
            {
                await BookAsync(i);
            }

            // Broker down (data kept): bookings keep succeeding for at least 10 s, their events wait in the outbox.
            await ServiceScript.RunAsync("rabbitmq", "stop-keep", env);
            var outage = Stopwatch.StartNew();
            for (var i = 20; i < 40; i++)
            {
                await BookAsync(i);
                await Task.Delay(500);
            }

            while (outage.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(100);
            }

            await using var db = (await cluster.OpenAdminConnectionAsync())!;
            (await Scalar<long>(db, $"SELECT count(*) FROM \"OutboxMessages\" WHERE \"EventName\" = '{BookingConfirmed}'"))
                .ShouldBeGreaterThan(0, "the events of the outage wait in the outbox");
            await ServiceScript.RunAsync("rabbitmq", "start-keep", env);
            for (var i = 40; i < members; i++)
            {
                await BookAsync(i);
            }

            await AssertEveryEventHandledOnceAsync(cluster, db, members, TimeSpan.FromSeconds(120));
        }
        finally
        {
            await ServiceScript.RunAsync("rabbitmq", "stop", env);
        }
    }

    /// <summary>
    /// The outbox drains; the inbox holds exactly <paramref name="expected"/> BookingConfirmed messages, one row per id; the
    /// handler counted each once (summaries: one row per member, counts summing to <paramref name="expected"/>); nothing was
    /// dead-lettered.
    /// </summary>
    private static async Task AssertEveryEventHandledOnceAsync(HostCluster cluster, NpgsqlConnection db, int expected, TimeSpan timeout)
    {
        var handled = await HostCluster.EventuallyAsync(async () =>
            await Scalar<long>(db, "SELECT count(*) FROM \"OutboxMessages\"") == 0 &&
            await Scalar<long>(db, $"SELECT count(*) FROM \"InboxMessages\" WHERE \"EventName\" = '{BookingConfirmed}'") >= expected, timeout);
        handled.ShouldBeTrue(await StateAsync(cluster, db));
        (await Scalar<long>(db, $"SELECT count(*) FROM \"InboxMessages\" WHERE \"EventName\" = '{BookingConfirmed}'")).ShouldBe(expected, await StateAsync(cluster, db));
        (await Scalar<long>(db, $"SELECT count(DISTINCT \"Id\") FROM \"InboxMessages\" WHERE \"EventName\" = '{BookingConfirmed}'")).ShouldBe(expected);
        (await Scalar<long>(db, "SELECT count(*) FROM \"MemberBookingSummaries\"")).ShouldBe(expected, "one summary per member");
        (await Scalar<long>(db, "SELECT coalesce(sum(\"ConfirmedBookingCount\"), 0) FROM \"MemberBookingSummaries\"")).ShouldBe(expected, "the handler's effect happened once per message");
        (await Scalar<long>(db, "SELECT count(*) FROM \"MemberBookingSummaries\" WHERE \"ConfirmedBookingCount\" <> 1")).ShouldBe(0);
        (await Scalar<long>(db, "SELECT count(*) FROM \"EventBusDeadLetters\"")).ShouldBe(0, await StateAsync(cluster, db));
        (await Scalar<long>(db, "SELECT count(*) FROM \"OutboxMessages\"")).ShouldBe(0);
    }

    private static async Task<string> StateAsync(HostCluster cluster, NpgsqlConnection db) =>
        $"outbox {await Scalar<long>(db, "SELECT count(*) FROM \"OutboxMessages\"")}, " +
        $"inbox {await Scalar<long>(db, $"SELECT count(*) FROM \"InboxMessages\" WHERE \"EventName\" = '{BookingConfirmed}'")}, " +
        $"summaries {await Scalar<long>(db, "SELECT coalesce(sum(\"ConfirmedBookingCount\"), 0) FROM \"MemberBookingSummaries\"")}, " +
        $"dead letters {await Scalar<long>(db, "SELECT count(*) FROM \"EventBusDeadLetters\"")}{Environment.NewLine}{cluster.Tails()}";

    private static string? SharedRabbitMq => Environment.GetEnvironmentVariable("FitSaaS_Test__RabbitMQ") is { Length: > 0 } value ? value : null;

    private static bool HasAdminConnection => Environment.GetEnvironmentVariable("FitSaaS_Test__PostgreSqlAdmin") is { Length: > 0 };

    /// <summary>
    /// The RabbitMQ settings of both instances from a <c>host=…;port=…;user=…;password=…</c> line (what rabbitmq.sh prints):
    /// one client name = one queue both consume from; exchange and client name unique to the test, so nothing mixes with
    /// other tests on a shared broker. Also logs the consumer's connection (event 5112) at Information.
    /// </summary>
    private static (Dictionary<string, string?> Settings, string Queue) RabbitSettings(string endpoint)
    {
        var parts = endpoint.Trim().Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .ToDictionary(part => part[0].Trim(), part => part.Length > 1 ? part[1].Trim() : "", StringComparer.OrdinalIgnoreCase);
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var queue = $"fitsaas-cluster-{suffix}";
        return (new Dictionary<string, string?>
        {
            ["RabbitMQ:Connections:Default:HostName"] = parts["host"],
            ["RabbitMQ:Connections:Default:Port"] = parts["port"],
            ["RabbitMQ:Connections:Default:UserName"] = parts["user"],
            ["RabbitMQ:Connections:Default:Password"] = parts["password"],
            ["RabbitMQ:EventBus:ClientName"] = queue,
            ["RabbitMQ:EventBus:ExchangeName"] = $"fitsaas-cluster-{suffix}.exchange",
            ["Logging:LogLevel:FitSaaS.Framework.Events.RabbitMq"] = "Information",
        }, queue);
    }

    private static async Task<T> Scalar<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }


}
