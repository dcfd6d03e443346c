using System.Diagnostics;
using FitSaaS.Framework.Caching;
using FitSaaS.Framework.Caching.Redis;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Domain.Tests.Framework.Caching;

/// <summary>The RESP client and the cache against a real redis-server (FitSaaS_Test__Redis, started by etc/scripts/test.sh).</summary>
public sealed class RedisTests
{
    private static RedisConfiguration SharedServer()
    {
        Assert.SkipWhen(CacheTestSupport.RedisConfigurationString is null, CacheTestSupport.SkipReason);
        return RedisConfiguration.Parse(CacheTestSupport.RedisConfigurationString!);
    }

    private static string Key(string name) => $"test:{Guid.NewGuid():N}:{name}";

    [Fact]
    public async Task Pipelining_ManyConcurrentCommands_EachGetsItsOwnReply()
    {
        await using var connection = CacheTestSupport.Connect(SharedServer());
        var prefix = Key("pipe");

        (await connection.PingAsync()).ShouldBeTrue();
        await Task.WhenAll(Enumerable.Range(0, 500).Select(i => connection.ExecuteAsync(["SET", $"{prefix}:{i}", $"value-{i}", "PX", 60_000])));
        var replies = await Task.WhenAll(Enumerable.Range(0, 500).Select(async i =>
            (i, i % 3 == 0
                ? (await connection.ExecuteAsync(["PEXPIRE", $"{prefix}:{i}", 60_000])).Number.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : (await connection.ExecuteAsync(["GET", $"{prefix}:{i}"])).AsString())));

        foreach (var (i, reply) in replies)
        {
            reply.ShouldBe(i % 3 == 0 ? "1" : $"value-{i}");
        }

        (await connection.ExecuteAsync(["GET", prefix + ":missing"])).IsNull.ShouldBeTrue();
        (await connection.ExecuteAsync(["DEL", $"{prefix}:1", $"{prefix}:2", prefix + ":missing"])).Number.ShouldBe(2);
    }

    [Fact]
    public async Task CommandTimeout_DropsTheWedgedConnection_AndTheNextCommandReconnects()
    {
        // A "server" that accepts and reads but answers nothing on its first connection, then answers PING on the next.
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        var connections = 0;
        var server = Task.Run(async () =>
        {
            using var silent = await listener.AcceptTcpClientAsync(TestContext.Current.CancellationToken);
            Interlocked.Increment(ref connections);
            using var answering = await listener.AcceptTcpClientAsync(TestContext.Current.CancellationToken);
            Interlocked.Increment(ref connections);
            var stream = answering.GetStream();
            var buffer = new byte[256];
            _ = await stream.ReadAsync(buffer, TestContext.Current.CancellationToken);
            await stream.WriteAsync("+PONG\r\n"u8.ToArray(), TestContext.Current.CancellationToken);
            await Task.Delay(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        });
        await using var connection = CacheTestSupport.Connect(RedisConfiguration.Parse($"127.0.0.1:{port},syncTimeout=300"));

        await Should.ThrowAsync<TimeoutException>(() => connection.PingAsync());
        var pong = await connection.PingAsync();

        pong.ShouldBeTrue();
        connections.ShouldBe(2);
        server.IsFaulted.ShouldBeFalse();
    }

    [Fact]
    public async Task ErrorReply_SurfacesAsRedisServerException_AndTheConnectionStaysUsable()
    {
        await using var connection = CacheTestSupport.Connect(SharedServer());

        var ex = await Should.ThrowAsync<RedisServerException>(() => connection.ExecuteAsync(["GET"]));

        ex.Message.ShouldContain("wrong number of arguments");
        (await connection.PingAsync()).ShouldBeTrue();
    }

    [Fact]
    public async Task WrongPassword_FailsWithAClearAuthenticationError_WithoutThePassword()
    {
        var configuration = SharedServer() with { Password = "not-the-password" };
        await using var connection = CacheTestSupport.Connect(configuration);

        var ex = await Should.ThrowAsync<RedisAuthenticationException>(() => connection.PingAsync());

        ex.Message.ShouldContain("refused AUTH");
        ex.Message.ShouldContain("WRONGPASS");
        ex.Message.ShouldNotContain("not-the-password");
    }

    [Fact]
    public async Task Select_KeepsDatabasesApart()
    {
        var server = SharedServer();
        await using var db5 = CacheTestSupport.Connect(server with { Database = 5 });
        await using var db5Again = CacheTestSupport.Connect(server with { Database = 5 });
        await using var db0 = CacheTestSupport.Connect(server with { Database = 0 });
        var key = Key("select");

        await db5.ExecuteAsync(["SET", key, "in five", "PX", 60_000]);

        (await db5Again.ExecuteAsync(["GET", key])).AsString().ShouldBe("in five");
        (await db0.ExecuteAsync(["GET", key])).IsNull.ShouldBeTrue();
        await Should.ThrowAsync<RedisConnectionException>(() => CacheTestSupport.Connect(server with { Database = 99 }).PingAsync());
    }

    [Fact]
    public async Task DistributedCache_SetGetRemove_AndAbsoluteExpiry()
    {
        await using var connection = CacheTestSupport.Connect(SharedServer());
        var store = new RedisDistributedCache(connection, TimeProvider.System);
        var key = Key("abs");

        await store.SetAsync(key, "hello"u8.ToArray(), new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMilliseconds(400) });
        (await store.GetAsync(key)).ShouldBe("hello"u8.ToArray());
        (await connection.ExecuteAsync(["PTTL", key])).Number.ShouldBeInRange(1, 400);
        await Task.Delay(700);
        (await store.GetAsync(key)).ShouldBeNull();

        await store.SetAsync(key, "forever"u8.ToArray(), new DistributedCacheEntryOptions());
        (await connection.ExecuteAsync(["PTTL", key])).Number.ShouldBe(-1); // no expiry requested: none set
        await store.RemoveAsync(key);
        (await store.GetAsync(key)).ShouldBeNull();
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() =>
            store.SetAsync(key, [1], new DistributedCacheEntryOptions { AbsoluteExpiration = DateTimeOffset.UtcNow.AddSeconds(-1) }));
    }

    [Fact]
    public async Task DistributedCache_SlidingExpiry_ExtendsOnRead_ButNeverPastTheAbsoluteExpiry()
    {
        await using var connection = CacheTestSupport.Connect(SharedServer());
        var store = new RedisDistributedCache(connection, TimeProvider.System);
        string sliding = Key("sliding"), bounded = Key("bounded"), refreshed = Key("refreshed");
        var window = TimeSpan.FromMilliseconds(600);

        await store.SetAsync(sliding, [1], new DistributedCacheEntryOptions { SlidingExpiration = window });
        await store.SetAsync(refreshed, [3], new DistributedCacheEntryOptions { SlidingExpiration = window });
        await store.SetAsync(bounded, [2], new DistributedCacheEntryOptions { SlidingExpiration = window, AbsoluteExpirationRelativeToNow = TimeSpan.FromMilliseconds(1000) });
        for (var i = 0; i < 4; i++)
        {
            await Task.Delay(300);
            (await store.GetAsync(sliding)).ShouldBe([1]); // read every 300 ms: alive at 1200 ms, twice its window
            await store.RefreshAsync(refreshed);
        }

        (await store.GetAsync(bounded)).ShouldBeNull(); // read as often, but its absolute expiry (1000 ms) has passed
        (await store.GetAsync(refreshed)).ShouldBe([3]);
        await Task.Delay(900);
        (await store.GetAsync(sliding)).ShouldBeNull(); // not read for longer than the window
    }

    [Fact]
    public async Task TypedCache_OverRedis_TenantKeys_And50ConcurrentGetOrAdd_RunOneLoader()
    {
        await using var connection = CacheTestSupport.Connect(SharedServer());
        var store = new RedisDistributedCache(connection, TimeProvider.System);
        var tenant = new CurrentTenant(new CurrentTenantAccessor());
        var cache = CacheTestSupport.CreateCache<ProfileItem>(store, tenant);
        Guid tenantA = Guid.NewGuid(), tenantB = Guid.NewGuid();
        var loads = 0;

        using (tenant.Change(tenantA))
        {
            var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => cache.GetOrAddAsync("hot", async () =>
            {
                Interlocked.Increment(ref loads);
                await Task.Delay(100);
                return new ProfileItem("A", 7);
            }, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1) }))));
            results.ShouldAllBe(r => r == new ProfileItem("A", 7));
            (await connection.ExecuteAsync(["GET", cache.NormalizeKey("hot")])).Bytes.ShouldNotBeNull();
        }

        loads.ShouldBe(1);
        using (tenant.Change(tenantB))
        {
            (await cache.GetAsync("hot")).ShouldBeNull();
        }

        (await cache.GetAsync("hot")).ShouldBeNull(); // host
        using (tenant.Change(tenantA))
        {
            await cache.RemoveAsync("hot");
            (await cache.GetAsync("hot")).ShouldBeNull();
        }
    }

    [Fact]
    public async Task Connection_ReconnectsAfterTheServerIsKilledAndRestarted()
    {
        SharedServer();
        await using var server = new RedisServerProcess();
        await server.StartAsync();
        await using var connection = CacheTestSupport.Connect(server.Configuration);
        (await connection.PingAsync()).ShouldBeTrue();

        await server.KillAsync();
        await Should.ThrowAsync<Exception>(() => connection.PingAsync()); // broken connection or refused reconnect
        await Should.ThrowAsync<RedisConnectionException>(() => connection.PingAsync()); // back-off: fails at once

        await server.StartAsync();
        var watch = Stopwatch.StartNew();
        var pong = false;
        while (!pong && watch.Elapsed < TimeSpan.FromSeconds(15))
        {
            try
            {
                pong = await connection.PingAsync();
            }
            catch (RedisConnectionException)
            {
                await Task.Delay(100);
            }
        }

        pong.ShouldBeTrue();
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(6)); // back-off is capped at 5 s
        await connection.ExecuteAsync(["SET", "after-restart", "ok"]);
        (await connection.ExecuteAsync(["GET", "after-restart"])).AsString().ShouldBe("ok");
    }

    [Fact]
    public async Task Outage_GetOrAddStillAnswersFromTheLoader_Quickly_AndLogs()
    {
        SharedServer();
        await using var server = new RedisServerProcess();
        await server.StartAsync();
        await using var connection = CacheTestSupport.Connect(server.Configuration);
        var logger = new ListLogger<DistributedCache<ProfileItem>>();
        var cache = CacheTestSupport.CreateCache(new RedisDistributedCache(connection, TimeProvider.System), logger: logger);
        (await cache.GetOrAddAsync("k", () => Task.FromResult(new ProfileItem("cached", 1)))).Name.ShouldBe("cached");

        await server.KillAsync();
        var watch = Stopwatch.StartNew();
        var first = await cache.GetOrAddAsync("k", () => Task.FromResult(new ProfileItem("from database", 2)));
        var second = await cache.GetOrAddAsync("k", () => Task.FromResult(new ProfileItem("from database", 3)));
        watch.Stop();

        first.Name.ShouldBe("from database");
        second.Visits.ShouldBe(3);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2)); // bounded by the 500 ms timeouts, not hanging
        logger.Entries.ShouldContain(e => e.Level == LogLevel.Warning && e.Message.Contains("Tests.Profile", StringComparison.Ordinal));
    }
}
