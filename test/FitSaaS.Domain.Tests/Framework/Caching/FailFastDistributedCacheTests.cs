using System.Diagnostics;
using FitSaaS.Framework.Caching.StackExchangeRedis;
using Microsoft.Extensions.Caching.Distributed;
using StackExchange.Redis;

namespace FitSaaS.Domain.Tests.Framework.Caching;

/// <summary>The time bound and the breaker in front of the Redis store, over a store that never answers.</summary>
public sealed class FailFastDistributedCacheTests
{
    [Fact]
    public async Task ACallThatTimesOut_OpensTheBreaker_LaterCallsFailAtOnce_UntilItCloses()
    {
        var inner = new SilentStore();
        var store = new FailFastDistributedCache(inner, TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(600));

        var watch = Stopwatch.StartNew();
        await Should.ThrowAsync<TimeoutException>(() => store.GetAsync("a"));
        watch.Elapsed.ShouldBeInRange(TimeSpan.FromMilliseconds(150), TimeSpan.FromMilliseconds(1000));
        store.IsOpen.ShouldBeTrue();

        watch.Restart();
        await Should.ThrowAsync<RedisConnectionException>(() => store.GetAsync("a"));
        await Should.ThrowAsync<RedisConnectionException>(() => store.RefreshAsync("a"));
        Should.Throw<RedisConnectionException>(() => store.Get("a"));
        inner.Calls.ShouldBe(1); // reads are skipped

        // Writes are invalidations (a removal, a stamp renewal): sent all the same, without waiting for the answer.
        await store.SetAsync("a", [1], new DistributedCacheEntryOptions());
        await store.RemoveAsync("a");
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromMilliseconds(600)); // five calls that each waited would take 1 s
        inner.Calls.ShouldBe(3);

        await Task.Delay(700);
        store.IsOpen.ShouldBeFalse();
        inner.Answer = true;
        (await store.GetAsync("a")).ShouldBe([42]);
        inner.Calls.ShouldBe(4);
    }

    [Fact]
    public async Task Cancellation_IsTheCallersNotATimeout()
    {
        var store = new FailFastDistributedCache(new SilentStore(), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Should.ThrowAsync<OperationCanceledException>(() => store.GetAsync("a", cancel.Token));

        store.IsOpen.ShouldBeFalse();
    }

    /// <summary>Never completes a call until <see cref="Answer"/> is set.</summary>
    private sealed class SilentStore : IDistributedCache
    {
        public bool Answer { get; set; }

        public int Calls { get; private set; }

        public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default)
        {
            Calls++;
            return Answer ? Task.FromResult<byte[]?>([42]) : new TaskCompletionSource<byte[]?>().Task;
        }

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) => GetAsync(key, token);

        public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

        public Task RefreshAsync(string key, CancellationToken token = default) => GetAsync(key, token);

        public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

        public Task RemoveAsync(string key, CancellationToken token = default) => GetAsync(key, token);
    }
}
