using FitSaaS.Framework.Caching;
using FitSaaS.Framework.Caching.StackExchangeRedis;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace FitSaaS.Domain.Tests.Framework.Caching;

/// <summary>The typed cache over the in-memory store (embedded profile) and over a failing store.</summary>
public sealed class DistributedCacheTests
{
    private static IDistributedCache MemoryStore() => new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));

    [Fact]
    public async Task SetGetRemove_RoundTripsJson()
    {
        var cache = CacheTestSupport.CreateCache<ProfileItem>(MemoryStore());

        (await cache.GetAsync("a")).ShouldBeNull();
        await cache.SetAsync("a", new ProfileItem("Ana", 3));
        (await cache.GetAsync("a")).ShouldBe(new ProfileItem("Ana", 3));
        await cache.RemoveAsync("a");
        (await cache.GetAsync("a")).ShouldBeNull();
    }

    [Fact]
    public async Task Keys_IncludeTheCurrentTenant_AndHostWideItemsIgnoreIt()
    {
        var store = MemoryStore();
        var tenant = new CurrentTenant(new CurrentTenantAccessor());
        var profiles = CacheTestSupport.CreateCache<ProfileItem>(store, tenant);
        var catalog = CacheTestSupport.CreateCache<CatalogItem>(store, tenant);
        Guid tenantA = Guid.NewGuid(), tenantB = Guid.NewGuid();

        using (tenant.Change(tenantA))
        {
            profiles.NormalizeKey("me").ShouldEndWith($"t:{tenantA:N},c:Tests.Profile,k:me");
            await profiles.SetAsync("me", new ProfileItem("A", 1));
            await catalog.SetAsync("plans", new CatalogItem("shared"));
        }

        using (tenant.Change(tenantB))
        {
            (await profiles.GetAsync("me")).ShouldBeNull();
            (await catalog.GetAsync("plans")).ShouldBe(new CatalogItem("shared"));
        }

        profiles.NormalizeKey("me").ShouldEndWith("c:Tests.Profile,k:me"); // host: no tenant segment
        profiles.NormalizeKey("me").ShouldNotContain("t:");
        (await profiles.GetAsync("me")).ShouldBeNull();
        using (tenant.Change(tenantA))
        {
            (await profiles.GetAsync("me")).ShouldBe(new ProfileItem("A", 1));
        }
    }

    [Fact]
    public async Task GetOrAdd_Under50ConcurrentCallers_RunsOneLoader()
    {
        var cache = CacheTestSupport.CreateCache<ProfileItem>(MemoryStore());
        var loads = 0;

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => cache.GetOrAddAsync("hot", async () =>
        {
            Interlocked.Increment(ref loads);
            await Task.Delay(100);
            return new ProfileItem("loaded", 1);
        }))));

        loads.ShouldBe(1);
        results.ShouldAllBe(r => r == new ProfileItem("loaded", 1));
        (await cache.GetAsync("hot")).ShouldBe(new ProfileItem("loaded", 1));
    }

    [Fact]
    public async Task GetOrAdd_LoaderFailure_Propagates_AndCachesNothing()
    {
        var cache = CacheTestSupport.CreateCache<ProfileItem>(MemoryStore());

        await Should.ThrowAsync<InvalidOperationException>(() => cache.GetOrAddAsync("k", () => throw new InvalidOperationException("db down")));

        (await cache.GetAsync("k")).ShouldBeNull();
        (await cache.GetOrAddAsync("k", () => Task.FromResult(new ProfileItem("second", 2)))).Name.ShouldBe("second");
    }

    [Fact]
    public async Task StoreOutage_NeverFailsTheCaller_LoaderAnswers_AndFailuresAreLoggedRateLimited()
    {
        var logger = new ListLogger<DistributedCache<ProfileItem>>();
        var cache = CacheTestSupport.CreateCache<ProfileItem>(new FailingStore(), logger: logger);
        var loads = 0;

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => cache.GetOrAddAsync("k", async () =>
        {
            Interlocked.Increment(ref loads);
            await Task.Delay(50);
            return new ProfileItem("from database", 1);
        })));
        await cache.SetAsync("k", new ProfileItem("x", 1));
        await cache.RemoveAsync("k");
        (await cache.GetAsync("k")).ShouldBeNull();

        results.ShouldAllBe(r => r.Name == "from database");
        loads.ShouldBe(1); // the burst shares the one load although nothing could be stored
        var warnings = logger.Entries.Where(e => e.Level == LogLevel.Warning).ToList();
        warnings.Count.ShouldBe(1); // rate-limited: dozens of failures, one log line per interval
        warnings[0].Message.ShouldContain("Tests.Profile");
        warnings[0].Message.ShouldContain("store down");
    }

    [Fact]
    public void Registration_UsesMemoryWithoutRedisConfiguration_AndRedisWithIt()
    {
        static ServiceProvider Build(string? redis, bool withRedisProvider = true)
        {
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(redis is null ? [] : [new KeyValuePair<string, string?>("Redis:Configuration", redis)])
                .Build();
            var services = new ServiceCollection().AddLogging();
            services.AddSingleton<CurrentTenantAccessor>().AddSingleton<ICurrentTenant, CurrentTenant>();
            services.AddFitSaaSDistributedCache(configuration);
            if (withRedisProvider)
            {
                services.AddFitSaaSStackExchangeRedisCache(configuration);
            }

            return services.BuildServiceProvider();
        }

        using (var memory = Build(null))
        {
            memory.GetRequiredService<IDistributedCache>().ShouldBeOfType<MemoryDistributedCache>();
            memory.GetRequiredService<IDistributedCache<ProfileItem>>().ShouldBeOfType<DistributedCache<ProfileItem>>();
            memory.GetService<IConnectionMultiplexer>().ShouldBeNull();
        }

        using (var redis = Build("127.0.0.1:1,password=secret,defaultDatabase=2,ssl=true,sslHost=redis.test"))
        {
            var store = redis.GetRequiredService<IDistributedCache>().ShouldBeOfType<FailFastDistributedCache>();
            store.OperationTimeout.ShouldBe(TimeSpan.FromMilliseconds(RedisConnectionConfiguration.DefaultTimeoutMilliseconds));
            redis.GetRequiredService<RedisConnectionProvider>().Options.ShouldSatisfyAllConditions(
                o => o.EndPoints.Single().ShouldBeOfType<System.Net.IPEndPoint>().Port.ShouldBe(1),
                o => o.Password.ShouldBe("secret"),
                o => o.DefaultDatabase.ShouldBe(2),
                o => o.Ssl.ShouldBeTrue(),
                o => o.SslHost.ShouldBe("redis.test"),
                o => o.BacklogPolicy.ShouldBe(BacklogPolicy.FailFast),
                o => o.AbortOnConnectFail.ShouldBeFalse());
        }

        // Redis configured but the provider's module not loaded: a clear error, not a silent per-instance cache.
        using (var missing = Build("127.0.0.1:1", withRedisProvider: false))
        {
            Should.Throw<InvalidOperationException>(() => missing.GetRequiredService<IDistributedCache>()).Message.ShouldContain("FitSaaSCachingStackExchangeRedisModule");
        }

        Should.Throw<FormatException>(() => Build("127.0.0.1:6379,nonsense=1"));
        Should.Throw<FormatException>(() => Build("password=only"));
    }

    private sealed class FailingStore : IDistributedCache
    {
        public byte[]? Get(string key) => throw new InvalidOperationException("store down");

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => Task.FromException<byte[]?>(new InvalidOperationException("store down"));

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => throw new TimeoutException("store down");

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
            Task.FromException(new TimeoutException("store down"));

        public void Refresh(string key) => throw new InvalidOperationException("store down");

        public Task RefreshAsync(string key, CancellationToken token = default) => Task.FromException(new InvalidOperationException("store down"));

        public void Remove(string key) => throw new InvalidOperationException("store down");

        public Task RemoveAsync(string key, CancellationToken token = default) => Task.FromException(new InvalidOperationException("store down"));
    }
}
