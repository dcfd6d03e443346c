using System.Diagnostics;
using FitSaaS.Framework.Caching;
using FitSaaS.Framework.Caching.StackExchangeRedis;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace FitSaaS.Domain.Tests.Framework.Caching;

/// <summary>
/// The cache's Redis store (Microsoft.Extensions.Caching.StackExchangeRedis over the shared multiplexer, as registered by the
/// kit) against a real redis-server: the shared one (FitSaaS_Test__Redis, started by etc/scripts/test.sh) or one of the test's
/// own that it kills, pauses or serves over TLS.
/// </summary>
public sealed class RedisTests
{
    private static string SharedServer()
    {
        Assert.SkipWhen(CacheTestSupport.RedisConfigurationString is null, CacheTestSupport.SkipReason);
        return CacheTestSupport.RedisConfigurationString!;
    }

    [Fact]
    public async Task OneSharedMultiplexer_ForTheStore_WithTheDatabaseAndOutagePolicyFromTheConfiguration()
    {
        await using var services = await CacheTestSupport.BuildRedisAsync(SharedServer() + ",defaultDatabase=5");
        var multiplexer = services.GetRequiredService<IConnectionMultiplexer>();
        var cache = services.GetRequiredService<IDistributedCache<ProfileItem>>();

        await cache.SetAsync("k", new ProfileItem("in five", 5), new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1) });

        multiplexer.ShouldBeSameAs(services.GetRequiredService<RedisConnectionProvider>().Multiplexer);
        multiplexer.IsConnected.ShouldBeTrue();
        (await multiplexer.GetDatabase(5).KeyExistsAsync(cache.NormalizeKey("k"))).ShouldBeTrue();
        (await multiplexer.GetDatabase(0).KeyExistsAsync(cache.NormalizeKey("k"))).ShouldBeFalse();
        (await cache.GetAsync("k")).ShouldBe(new ProfileItem("in five", 5));
        var options = services.GetRequiredService<RedisConnectionProvider>().Options;
        options.BacklogPolicy.ShouldBe(BacklogPolicy.FailFast);
        options.AbortOnConnectFail.ShouldBeFalse();
        options.SyncTimeout.ShouldBe(RedisConnectionConfiguration.DefaultTimeoutMilliseconds);
        options.AsyncTimeout.ShouldBe(RedisConnectionConfiguration.DefaultTimeoutMilliseconds);
        options.ConnectTimeout.ShouldBe(RedisConnectionConfiguration.DefaultConnectTimeoutMilliseconds);
    }

    [Fact]
    public async Task Expiry_AbsoluteAndSliding_AreKeptByRedis()
    {
        await using var services = await CacheTestSupport.BuildRedisAsync(SharedServer());
        var store = services.GetRequiredService<IDistributedCache>();
        var database = services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();
        string absolute = $"test:{Guid.NewGuid():N}:abs", sliding = $"test:{Guid.NewGuid():N}:sliding";

        await store.SetAsync(absolute, "hello"u8.ToArray(), new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(1) });
        await store.SetAsync(sliding, [1], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromSeconds(2) });
        (await store.GetAsync(absolute)).ShouldBe("hello"u8.ToArray());
        (await database.KeyTimeToLiveAsync(absolute)).ShouldNotBeNull().ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(1));
        await Task.Delay(1300);
        (await store.GetAsync(sliding)).ShouldBe([1]); // read at 1.3 s: the 2 s window starts again
        await Task.Delay(1300);

        (await store.GetAsync(absolute)).ShouldBeNull();
        (await store.GetAsync(sliding)).ShouldBe([1]); // 2.6 s after it was written, 1.3 s after its last read
        await store.RemoveAsync(sliding);
        (await store.GetAsync(sliding)).ShouldBeNull();
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() =>
            store.SetAsync(absolute, [1], new DistributedCacheEntryOptions { AbsoluteExpiration = DateTimeOffset.UtcNow.AddSeconds(-1) }));
    }

    [Fact]
    public async Task TypedCache_OverRedis_TenantKeys_And50ConcurrentGetOrAdd_RunOneLoader()
    {
        await using var services = await CacheTestSupport.BuildRedisAsync(SharedServer());
        var tenant = services.GetRequiredService<ICurrentTenant>();
        var cache = services.GetRequiredService<IDistributedCache<ProfileItem>>();
        var database = services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();
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
            cache.NormalizeKey("hot").ShouldContain($"t:{tenantA:N},c:Tests.Profile,k:hot");
            (await database.KeyExistsAsync(cache.NormalizeKey("hot"))).ShouldBeTrue();
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
    public async Task LocalCopy_AnswersWithoutARoundTrip_AndChangesOnAnotherInstanceReachIt_WithinOneSecond()
    {
        var server = SharedServer();
        var prefix = "test-" + Guid.NewGuid().ToString("N")[..8] + ":";
        await using var a = await CacheTestSupport.BuildRedisAsync(server, keyPrefix: prefix);
        await using var b = await CacheTestSupport.BuildRedisAsync(server, keyPrefix: prefix);
        var cacheA = a.GetRequiredService<IDistributedCache<ProfileItem>>();
        var cacheB = b.GetRequiredService<IDistributedCache<ProfileItem>>();
        cacheB.ShouldBeOfType<HybridDistributedCache<ProfileItem>>();
        var database = a.GetRequiredService<IConnectionMultiplexer>().GetDatabase();
        var entry = new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5) };
        await WaitUntilHeardAsync(a);
        await WaitUntilHeardAsync(b);

        await cacheA.SetAsync("k", new ProfileItem("v1", 1), entry);
        (await cacheB.GetAsync("k")).ShouldBe(new ProfileItem("v1", 1)); // from Redis, now also in B's memory
        (await database.KeyExistsAsync(cacheA.NormalizeKey("k"))).ShouldBeTrue(); // the kit's key, unchanged
        await database.KeyDeleteAsync(cacheA.NormalizeKey("k")); // behind the cache's back: no announcement
        (await cacheB.GetAsync("k")).ShouldBe(new ProfileItem("v1", 1)); // B answers from memory, without Redis
        var copy = await cacheB.GetAsync("k");
        copy.ShouldNotBeSameAs(await cacheB.GetAsync("k")); // every reader its own copy

        await cacheA.SetAsync("k", new ProfileItem("v2", 2), entry);
        (await EventuallyAsync(() => cacheB.GetAsync("k"), item => item == new ProfileItem("v2", 2))).ShouldBeTrue();
        await cacheA.RemoveAsync("k");
        (await EventuallyAsync(() => cacheB.GetAsync("k"), item => item is null)).ShouldBeTrue();

        // GetOrAdd on B after A's change: B loads once and keeps it.
        var loads = 0;
        for (var i = 0; i < 5; i++)
        {
            (await cacheB.GetOrAddAsync("k", () => Task.FromResult(new ProfileItem("loaded", Interlocked.Increment(ref loads))), entry)).Visits.ShouldBe(1);
        }

        loads.ShouldBe(1);
    }

    [Fact]
    public async Task LocalCopy_LivesAtMostTheConfiguredDuration()
    {
        // Two seconds: the first read below must come before the copy expires even on a loaded CI machine (300 ms did not).
        await using var services = await CacheTestSupport.BuildRedisAsync(SharedServer(), localCopyDuration: TimeSpan.FromSeconds(2));
        await WaitUntilHeardAsync(services);
        var cache = services.GetRequiredService<IDistributedCache<ProfileItem>>();
        var database = services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();
        await cache.SetAsync("k", new ProfileItem("v1", 1), new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5) });
        await database.KeyDeleteAsync(cache.NormalizeKey("k")); // behind the cache's back: no announcement

        (await cache.GetAsync("k")).ShouldBe(new ProfileItem("v1", 1)); // the local copy
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        (await cache.GetAsync("k")).ShouldBeNull(); // the copy expired: Redis answers, and it has nothing
    }

    private static async Task WaitUntilHeardAsync(ServiceProvider services)
    {
        var fusion = services.GetRequiredService<FitSaaSFusionCache>();
        var watch = Stopwatch.StartNew(); // the backplane subscribes in the background; until then no local copies
        while (!fusion.IsRedisConnected && watch.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(10);
        }

        fusion.IsRedisConnected.ShouldBeTrue();
    }

    private static async Task<bool> EventuallyAsync(Func<Task<ProfileItem?>> read, Func<ProfileItem?, bool> expected)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(1))
        {
            if (expected(await read()))
            {
                return true;
            }

            await Task.Delay(10);
        }

        return false;
    }

    [Fact]
    public async Task WrongPassword_TheCacheFailsFast_AndNoLogShowsThePassword()
    {
        var server = SharedServer();
        const string WrongPassword = "not-the-password-7c1e";
        var logs = new ListLoggerProvider();
        var configuration = string.Join(',', server.Split(',').Where(part => !part.StartsWith("password=", StringComparison.OrdinalIgnoreCase))) + $",password={WrongPassword}";
        await using var services = await CacheTestSupport.BuildRedisAsync(configuration, logs);
        var cache = services.GetRequiredService<IDistributedCache<ProfileItem>>();

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 10; i++)
        {
            (await cache.GetOrAddAsync("k", () => Task.FromResult(new ProfileItem("from database", i)))).Visits.ShouldBe(i);
        }

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(1));
        services.GetRequiredService<IConnectionMultiplexer>().IsConnected.ShouldBeFalse();
        // Logged by the cache (FusionCache, over the kit's Redis store), once per 2 s break rather than per call.
        logs.Entries.ShouldContain(e => e.Level == LogLevel.Warning && e.Category.Contains("FusionCache", StringComparison.Ordinal));
        logs.Entries.ShouldNotContain(e => e.Message.Contains(WrongPassword, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ServerKilled_CallsFailAtOnce_AndAfterARestartTheCacheIsUsedAgain()
    {
        SharedServer();
        await using var server = new RedisServerProcess();
        await server.StartAsync();
        var logs = new ListLoggerProvider();
        await using var services = await CacheTestSupport.BuildRedisAsync(server.Configuration, logs);
        var cache = services.GetRequiredService<IDistributedCache<ProfileItem>>();
        var multiplexer = services.GetRequiredService<IConnectionMultiplexer>();
        await WaitUntilHeardAsync(services);
        (await cache.GetOrAddAsync("k", () => Task.FromResult(new ProfileItem("cached", 1)))).Name.ShouldBe("cached");
        (await cache.GetAsync("other")).ShouldBeNull();
        await cache.SetAsync("other", new ProfileItem("kept locally", 1)); // in Redis and in this instance's memory

        await server.KillAsync();
        // Once the instance knows Redis is gone (it dropped its local copies then), the source of truth answers every call.
        var noticed = Stopwatch.StartNew();
        while (multiplexer.IsConnected && noticed.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(20);
        }

        multiplexer.IsConnected.ShouldBeFalse();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 20; i++)
        {
            (await cache.GetOrAddAsync("k", () => Task.FromResult(new ProfileItem("from database", i)))).Visits.ShouldBe(i);
        }

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(1.5)); // no call waits for a timeout, let alone a backlog
        logs.Entries.ShouldContain(e => e.Level == LogLevel.Warning && e.Message.Contains("Tests.Profile", StringComparison.Ordinal));

        await server.StartAsync(); // same port and password, empty
        var reconnected = Stopwatch.StartNew();
        while (!multiplexer.IsConnected && reconnected.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(100);
        }

        multiplexer.IsConnected.ShouldBeTrue();
        reconnected.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(8)); // back-off capped at 5 s, checked every heartbeat (1 s)
        // The restarted Redis is empty and the local copies were dropped when the connection failed: nothing old is served.
        await WaitUntilHeardAsync(services);
        (await cache.GetAsync("other")).ShouldBeNull();
        // After a failure the cache skips Redis for a 2 s break, then writes to it again.
        var written = Stopwatch.StartNew();
        do
        {
            await cache.SetAsync("k", new ProfileItem("after restart", 2));
            await Task.Delay(100);
        }
        while (!await multiplexer.GetDatabase().KeyExistsAsync(cache.NormalizeKey("k")) && written.Elapsed < TimeSpan.FromSeconds(5));

        (await multiplexer.GetDatabase().KeyExistsAsync(cache.NormalizeKey("k"))).ShouldBeTrue();
        logs.Entries.ShouldContain(e => e.Message.Contains("restored", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WedgedServer_NoRequestStalls_AndTheCacheRecoversWhenItAnswersAgain()
    {
        SharedServer();
        await using var server = new RedisServerProcess();
        await server.StartAsync();
        await using var services = await CacheTestSupport.BuildRedisAsync(server.Configuration);
        var cache = services.GetRequiredService<IDistributedCache<ProfileItem>>();
        await cache.SetAsync("k", new ProfileItem("cached", 1));

        await server.PauseAsync(); // connected, but nothing answers
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 20; i++)
        {
            (await cache.GetOrAddAsync($"k{i}", () => Task.FromResult(new ProfileItem("from database", i)))).Visits.ShouldBe(i);
        }

        // 20 calls (a get and a set each): one waits the 500 ms timeout, the others fail at once while the breaker is open.
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(1.5));

        await server.ResumeAsync();
        var recovered = Stopwatch.StartNew();
        ProfileItem? read = null;
        while (read is null && recovered.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(200);
            await cache.SetAsync("after", new ProfileItem("after", 3));
            read = await cache.GetAsync("after");
        }

        read.ShouldBe(new ProfileItem("after", 3));
    }

    [Fact]
    public async Task SilentServerFromTheStart_StartsWithinTheConnectTimeout_AndCallsFailAtOnce()
    {
        // Accepts TCP connections and reads, answers nothing (not even the handshake).
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        using var stop = new CancellationTokenSource();
        var accepted = new List<System.Net.Sockets.TcpClient>();
        var acceptLoop = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                accepted.Add(await listener.AcceptTcpClientAsync(stop.Token));
            }
        });

        var start = Stopwatch.StartNew();
        await using (var services = await CacheTestSupport.BuildRedisAsync($"127.0.0.1:{port},connectTimeout=500,syncTimeout=500"))
        {
            start.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(3));
            var cache = services.GetRequiredService<IDistributedCache<ProfileItem>>();

            var watch = Stopwatch.StartNew();
            for (var i = 0; i < 20; i++)
            {
                (await cache.GetOrAddAsync("k", () => Task.FromResult(new ProfileItem("from database", i)))).Visits.ShouldBe(i);
            }

            watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(1.5));
            accepted.ShouldNotBeEmpty();
        }

        await stop.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => acceptLoop);
        accepted.ForEach(client => client.Dispose());
    }

    [Fact]
    public async Task Tls_WithPasswordAndDatabase_FromTheConfiguration()
    {
        SharedServer();
        await using var server = new RedisServerProcess { Tls = true };
        await server.StartAsync();
        await using var services = await CacheTestSupport.BuildRedisAsync(server.Configuration + ",defaultDatabase=3", trustIssuer: server.CertificateAuthorityPath);
        var multiplexer = services.GetRequiredService<IConnectionMultiplexer>();
        var cache = services.GetRequiredService<IDistributedCache<ProfileItem>>();
        // The first connect has a short time-out (fail fast); on a loaded machine the TLS handshake can take longer, and the
        // multiplexer then connects in the background: wait for it (bounded).
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!multiplexer.IsConnected && watch.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        multiplexer.IsConnected.ShouldBeTrue();
        await cache.SetAsync("k", new ProfileItem("over TLS", 1));

        services.GetRequiredService<RedisConnectionProvider>().Options.Ssl.ShouldBeTrue();
        (await cache.GetAsync("k")).ShouldBe(new ProfileItem("over TLS", 1));
        (await multiplexer.GetDatabase(3).KeyExistsAsync(cache.NormalizeKey("k"))).ShouldBeTrue();
    }

    [Fact]
    public async Task Tls_WithAnUntrustedCertificate_DoesNotConnect_AndTheCacheStillAnswers()
    {
        SharedServer();
        await using var server = new RedisServerProcess { Tls = true };
        await server.StartAsync();
        await using var services = await CacheTestSupport.BuildRedisAsync(server.Configuration); // no Redis:TrustIssuer
        var cache = services.GetRequiredService<IDistributedCache<ProfileItem>>();

        (await cache.GetOrAddAsync("k", () => Task.FromResult(new ProfileItem("from database", 1)))).Name.ShouldBe("from database");
        services.GetRequiredService<IConnectionMultiplexer>().IsConnected.ShouldBeFalse();
    }
}
