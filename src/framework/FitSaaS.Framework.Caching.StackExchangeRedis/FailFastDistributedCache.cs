using Microsoft.Extensions.Caching.Distributed;
using StackExchange.Redis;

namespace FitSaaS.Framework.Caching.StackExchangeRedis;

/// <summary>
/// Wraps the Redis <see cref="IDistributedCache"/> so that a silent (wedged) server cannot stall requests: every call is
/// bounded by <see cref="OperationTimeout"/> (the multiplexer checks its own timeouts only once per heartbeat, i.e. up to a
/// second late), and after a timeout every call fails at once for <see cref="BreakDuration"/> instead of each waiting its own
/// timeout while the multiplexer has not yet noticed the dead connection. Writes (sets, among them stamp renewals, and
/// removals) are invalidations too, so they are never skipped: while the breaker is open they are sent without waiting for the
/// answer (the multiplexer still bounds them by its own timeout), and a timeout that was only a slow answer never costs an
/// invalidation. A closed or refused connection needs no such help:
/// with <see cref="BacklogPolicy.FailFast"/> commands fail at once. Failures surface as exceptions; the typed cache
/// (<see cref="IDistributedCache{TItem}"/>) turns them into misses and no-ops, and logs them.
/// </summary>
/// <remarks>Does not dispose the wrapped cache: its <c>Dispose</c> would close the shared multiplexer.</remarks>
public sealed class FailFastDistributedCache : IDistributedCache
{
    /// <summary>Default <see cref="BreakDuration"/>: 2 s.</summary>
    public static readonly TimeSpan DefaultBreakDuration = TimeSpan.FromSeconds(2);

    private readonly IDistributedCache _inner;
    private readonly TimeProvider _time;
    private long _openUntil;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The Redis cache.</param>
    /// <param name="operationTimeout">Longest wait for one call (normally the multiplexer's <c>asyncTimeout</c>); positive.</param>
    /// <param name="breakDuration">How long calls fail at once after a timeout; zero or positive.</param>
    /// <param name="timeProvider">Clock; default <see cref="TimeProvider.System"/>.</param>
    public FailFastDistributedCache(IDistributedCache inner, TimeSpan operationTimeout, TimeSpan breakDuration, TimeProvider? timeProvider = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(operationTimeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(breakDuration, TimeSpan.Zero);
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _time = timeProvider ?? TimeProvider.System;
        OperationTimeout = operationTimeout;
        BreakDuration = breakDuration;
    }

    /// <summary>Longest wait for one call.</summary>
    public TimeSpan OperationTimeout { get; }

    /// <summary>How long calls fail at once after a timeout.</summary>
    public TimeSpan BreakDuration { get; }

    /// <summary>True while calls fail at once after a timeout.</summary>
    public bool IsOpen => _time.GetTimestamp() < Volatile.Read(ref _openUntil);

    /// <inheritdoc/>
    public byte[]? Get(string key) => Run(() => _inner.Get(key));

    /// <inheritdoc/>
    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => RunAsync(t => _inner.GetAsync(key, t), token);

    /// <inheritdoc/>
    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => Run(() =>
    {
        _inner.Set(key, value, options);
        return true;
    }, write: true);

    /// <inheritdoc/>
    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        RunAsync(async t =>
        {
            await _inner.SetAsync(key, value, options, t).ConfigureAwait(false);
            return true;
        }, token, write: true);

    /// <inheritdoc/>
    public void Refresh(string key) => Run(() =>
    {
        _inner.Refresh(key);
        return true;
    });

    /// <inheritdoc/>
    public Task RefreshAsync(string key, CancellationToken token = default) =>
        RunAsync(async t =>
        {
            await _inner.RefreshAsync(key, t).ConfigureAwait(false);
            return true;
        }, token);

    /// <inheritdoc/>
    public void Remove(string key) => Run(() =>
    {
        _inner.Remove(key);
        return true;
    }, write: true);

    /// <inheritdoc/>
    public Task RemoveAsync(string key, CancellationToken token = default) =>
        RunAsync(async t =>
        {
            await _inner.RemoveAsync(key, t).ConfigureAwait(false);
            return true;
        }, token, write: true);

    private T Run<T>(Func<T> operation, bool write = false)
    {
        if (IsOpen)
        {
            if (!write)
            {
                throw Unavailable();
            }

            // Sent without waiting for the answer, like the asynchronous writes.
            _ = Task.Run(operation).ContinueWith(static t => _ = t.Exception, CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return default!;
        }

        try
        {
            return operation();
        }
        catch (TimeoutException)
        {
            Open();
            throw;
        }
    }

    private async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken token, bool write = false)
    {
        if (IsOpen)
        {
            if (!write)
            {
                throw Unavailable();
            }

            // Not skipped, not awaited: the multiplexer sends it (or fails it at once when disconnected, or after its own
            // timeout); the caller's cancellation does not stop an invalidation.
            Observe(operation(CancellationToken.None));
            return default!;
        }

        var task = operation(token);
        try
        {
            return await task.WaitAsync(OperationTimeout, _time, token).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Open();
            // The abandoned command still ends (answered or timed out by the multiplexer); observe its outcome.
            Observe(task);
            throw;
        }
    }

    private void Open() => Volatile.Write(ref _openUntil, _time.GetTimestamp() + (long)(BreakDuration.TotalSeconds * _time.TimestampFrequency));

    private static void Observe(Task task) =>
        _ = task.ContinueWith(static t => _ = t.Exception, CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    private RedisConnectionException Unavailable() =>
        new(ConnectionFailureType.UnableToConnect, CommandFlags.None,
            $"Redis did not answer within {OperationTimeout.TotalMilliseconds:0} ms; the cache skips reads for {BreakDuration.TotalSeconds:0.#} s.", null, CommandStatus.Unknown);
}
