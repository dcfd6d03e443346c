// Why a RESP client of our own: StackExchange.Redis's dependencies (Pipelines.Sockets.Unofficial, RESPite,
// System.IO.Hashing) cannot be restored from the package registry this project's machines and CI reach, and no other
// Redis client restores either (see ARCHITECTURE.md §1). The cache needs only a handful of commands, so this file is a small,
// pipelined RESP2 client for them; it sits behind IDistributedCache, so a later swap to
// Microsoft.Extensions.Caching.StackExchangeRedis is a one-line registration change.
using System.Collections.Concurrent;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Framework.Caching.Redis;

/// <summary>Redis could not be reached, or the connection broke while a command was pending.</summary>
public class RedisConnectionException(string message, Exception? innerException = null) : Exception(message, innerException);

/// <summary>Redis refused AUTH (wrong password or user).</summary>
public sealed class RedisAuthenticationException(string message) : RedisConnectionException(message);

/// <summary>Redis answered a command with an error reply.</summary>
public sealed class RedisServerException(string message) : Exception(message);

/// <summary>
/// One multiplexed, pipelined connection to one Redis server. Callers on any thread send commands concurrently; each
/// command is written whole, in order, and its reply is matched first-in first-out (Redis answers in order). When the
/// connection breaks, every pending command fails with <see cref="RedisConnectionException"/> and the next command
/// reconnects — after an exponential back-off (100 ms doubling to 5 s) during which commands fail at once instead of
/// waiting for another connect timeout. Connecting runs AUTH (<see cref="RedisConfiguration.Password"/>, optional user)
/// and SELECT (<see cref="RedisConfiguration.Database"/>). Each command is bounded by
/// <see cref="RedisConfiguration.CommandTimeout"/> (<see cref="TimeoutException"/>); a command that times out also drops
/// the connection (pending commands fail, the next one reconnects), so a wedged connection cannot make every later
/// command wait the full time-out.
/// </summary>
public sealed class RedisConnection : IAsyncDisposable, IDisposable
{
    private static readonly TimeSpan MinBackOff = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxBackOff = TimeSpan.FromSeconds(5);

    private readonly RedisConfiguration _configuration;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _connectLock = new(1, 1);
    private Pipeline? _current;
    private DateTimeOffset _nextConnectAttempt;
    private int _failedConnects;
    private string? _lastConnectError;
    private bool _disposed;

    /// <summary>Creates a connection; nothing is opened before the first command.</summary>
    public RedisConnection(RedisConfiguration configuration, ILogger<RedisConnection> logger, TimeProvider? timeProvider = null)
    {
        _configuration = configuration ?? throw new ArgumentNullException(nameof(configuration));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The server this connection talks to.</summary>
    public RedisConfiguration Configuration => _configuration;

    /// <summary>
    /// Sends one command (e.g. <c>"SET", key, value, "PX", 1000</c>) and returns its reply.
    /// </summary>
    /// <exception cref="RedisConnectionException">Not connected and connecting failed, or the connection broke.</exception>
    /// <exception cref="RedisServerException">The server answered with an error reply.</exception>
    /// <exception cref="TimeoutException">No reply within <see cref="RedisConfiguration.CommandTimeout"/>.</exception>
    public async Task<RespValue> ExecuteAsync(object[] command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var payload = RespWriter.Encode(command);
        var pipeline = await GetPipelineAsync(cancellationToken).ConfigureAwait(false);
        var reply = await pipeline.SendAsync(payload, _configuration.CommandTimeout, (string)command[0], cancellationToken).ConfigureAwait(false);
        return reply.IsError ? throw new RedisServerException($"Redis refused {command[0]}: {reply.Text}") : reply;
    }

    /// <summary>PING; true when the server answered PONG.</summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken = default) =>
        (await ExecuteAsync(["PING"], cancellationToken).ConfigureAwait(false)).Text == "PONG";

    /// <summary>Closes the connection; pending commands fail, later ones throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        _connectLock.Wait();
        try
        {
            _disposed = true;
            _current?.Dispose();
            _current = null;
        }
        finally
        {
            _connectLock.Release();
        }
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private async ValueTask<Pipeline> GetPipelineAsync(CancellationToken cancellationToken)
    {
        var pipeline = Volatile.Read(ref _current);
        if (pipeline is { IsFaulted: false })
        {
            return pipeline;
        }

        await _connectLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            pipeline = _current;
            if (pipeline is { IsFaulted: false })
            {
                return pipeline;
            }

            _current = null;
            var now = _time.GetUtcNow();
            if (now < _nextConnectAttempt)
            {
                throw new RedisConnectionException(
                    $"Redis at {_configuration.Host}:{_configuration.Port} is unavailable (last error: {_lastConnectError}); " +
                    $"next connect attempt in {(_nextConnectAttempt - now).TotalMilliseconds:0} ms.");
            }

            try
            {
                pipeline = await Pipeline.OpenAsync(_configuration, _logger, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                _failedConnects++;
                var backOff = TimeSpan.FromTicks(Math.Min(MaxBackOff.Ticks, MinBackOff.Ticks << Math.Min(_failedConnects - 1, 10)));
                _nextConnectAttempt = _time.GetUtcNow() + backOff;
                _lastConnectError = ex.Message;
                if (ex is RedisConnectionException)
                {
                    throw;
                }

                throw new RedisConnectionException($"Cannot connect to Redis at {_configuration.Host}:{_configuration.Port}: {ex.Message}", ex);
            }

            if (_failedConnects > 0 && _logger.IsEnabled(LogLevel.Information))
            {
                _logger.LogInformation("Reconnected to Redis at {Host}:{Port} after {Attempts} failed attempt(s)",
                    _configuration.Host, _configuration.Port, _failedConnects);
            }

            _failedConnects = 0;
            Volatile.Write(ref _current, pipeline);
            return pipeline;
        }
        finally
        {
            _connectLock.Release();
        }
    }

    /// <summary>One TCP connection: an ordered writer and a reader loop completing pending commands FIFO.</summary>
    private sealed class Pipeline : IDisposable
    {
        private readonly Socket _socket;
        private readonly NetworkStream _stream;
        private readonly ILogger _logger;
        private readonly SemaphoreSlim _writeLock = new(1, 1);
        private readonly ConcurrentQueue<TaskCompletionSource<RespValue>> _pending = new();
        private int _faulted;

        private Pipeline(Socket socket, ILogger logger)
        {
            _socket = socket;
            _stream = new NetworkStream(socket, ownsSocket: true);
            _logger = logger;
        }

        public bool IsFaulted => Volatile.Read(ref _faulted) != 0;

        public void Dispose() => Fault(new ObjectDisposedException(nameof(RedisConnection)));

        public static async Task<Pipeline> OpenAsync(RedisConfiguration configuration, ILogger logger, CancellationToken cancellationToken)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(configuration.ConnectTimeout);
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            Pipeline? pipeline = null;
            try
            {
                await socket.ConnectAsync(configuration.Host, configuration.Port, timeout.Token).ConfigureAwait(false);
                pipeline = new Pipeline(socket, logger);
                _ = pipeline.ReadLoopAsync();
                if (configuration.Password is not null)
                {
                    object[] auth = configuration.User is null ? ["AUTH", configuration.Password] : ["AUTH", configuration.User, configuration.Password];
                    var reply = await pipeline.SendAsync(RespWriter.Encode(auth), configuration.ConnectTimeout, "AUTH", timeout.Token).ConfigureAwait(false);
                    if (reply.IsError)
                    {
                        throw new RedisAuthenticationException(
                            $"Redis at {configuration.Host}:{configuration.Port} refused AUTH{(configuration.User is null ? "" : " for user '" + configuration.User + "'")}: {reply.Text}");
                    }
                }

                if (configuration.Database != 0)
                {
                    var reply = await pipeline.SendAsync(RespWriter.Encode(["SELECT", configuration.Database]), configuration.ConnectTimeout, "SELECT", timeout.Token)
                        .ConfigureAwait(false);
                    if (reply.IsError)
                    {
                        throw new RedisConnectionException($"Redis refused SELECT {configuration.Database}: {reply.Text}");
                    }
                }

                return pipeline;
            }
            catch (Exception ex)
            {
                if (pipeline is null)
                {
                    socket.Dispose();
                }
                else
                {
                    pipeline.Fault(ex);
                }

                if (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    throw new TimeoutException(
                        $"Connecting to Redis at {configuration.Host}:{configuration.Port} timed out after {configuration.ConnectTimeout.TotalMilliseconds:0} ms.", ex);
                }

                throw;
            }
        }

        public async Task<RespValue> SendAsync(byte[] payload, TimeSpan timeout, string commandName, CancellationToken cancellationToken)
        {
            var completion = new TaskCompletionSource<RespValue>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!await _writeLock.WaitAsync(timeout, cancellationToken).ConfigureAwait(false))
            {
                // Another command's write is stuck (the server stopped reading): the connection is no good.
                var stuck = new TimeoutException($"Redis {commandName} could not be written within {timeout.TotalMilliseconds:0} ms.");
                Fault(stuck);
                throw stuck;
            }

            try
            {
                if (IsFaulted)
                {
                    throw new RedisConnectionException("The Redis connection is broken.");
                }

                // Enqueue and write under one lock: the queue order is the order on the wire, which is the reply order.
                _pending.Enqueue(completion);
                try
                {
                    // Not the caller's token: a half-written command would corrupt the stream. A write that cannot finish
                    // within the time-out faults the connection instead.
                    using var writeTimeout = new CancellationTokenSource(timeout);
                    await _stream.WriteAsync(payload, writeTimeout.Token).ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    Fault(ex);
                }
            }
            finally
            {
                _writeLock.Release();
            }

            if (IsFaulted)
            {
                FailPending();
            }

            try
            {
                return await completion.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException ex)
            {
                // A connection that leaves a command unanswered this long is not trusted with the next ones (each would wait
                // the full time-out, and a request makes several): drop it, fail what is pending, reconnect on the next command.
                var timedOut = new TimeoutException($"Redis {commandName} got no reply within {timeout.TotalMilliseconds:0} ms.", ex);
                Fault(timedOut);
                throw timedOut;
            }
        }

        public void Fault(Exception reason)
        {
            if (Interlocked.Exchange(ref _faulted, 1) == 0)
            {
                _logger.LogDebug(reason, "Redis connection closed");
                _stream.Dispose();
            }

            FailPending(reason);
        }

        private void FailPending(Exception? reason = null)
        {
            while (_pending.TryDequeue(out var completion))
            {
                completion.TrySetException(new RedisConnectionException($"The Redis connection broke before the reply arrived{(reason is null ? "" : ": " + reason.Message)}", reason));
            }
        }

        private async Task ReadLoopAsync()
        {
            var reader = new RespReader(_stream);
            try
            {
                while (true)
                {
                    var reply = await reader.ReadAsync().ConfigureAwait(false);
                    if (!_pending.TryDequeue(out var completion))
                    {
                        throw new RedisProtocolException("Redis sent a reply no command was waiting for.");
                    }

                    completion.TrySetResult(reply);
                }
            }
            catch (Exception ex)
            {
                Fault(ex);
            }
        }
    }
}
