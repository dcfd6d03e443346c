using System.Collections.Concurrent;
using System.Text;
using FitSaaS.Framework.Events.Distributed;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace FitSaaS.Framework.Events.RabbitMq;

/// <summary>
/// Sends distributed events to RabbitMQ: one long-lived connection (re-opened on the next send after it was lost) and a pool
/// of up to <see cref="RabbitMqEventBusOptions.PublisherChannels"/> channels with publisher confirms. Each message is
/// persistent (delivery mode 2), has the envelope's message id, the event name as type and routing key, and the envelope
/// JSON as body. <see cref="SendAsync"/> completes only after the broker's confirm.
/// </summary>
public sealed class RabbitMqDistributedEventTransport : IDistributedEventTransport, IAsyncDisposable, IDisposable
{
    private readonly RabbitMqEventBusOptions _options;
    private readonly IOptions<DistributedEventOptions> _eventOptions;
    private readonly IOptions<DistributedEventBusOptions> _busOptions;
    private readonly ILogger<RabbitMqDistributedEventTransport> _logger;
    private readonly ConnectionFactory _factory;
    private readonly SemaphoreSlim _connectGate = new(1, 1);
    private readonly SemaphoreSlim _channelSlots;
    private readonly ConcurrentBag<IChannel> _idleChannels = [];
    private IConnection? _connection;
    private bool _disposed;

    /// <summary>Creates the transport; nothing connects before the first send.</summary>
    public RabbitMqDistributedEventTransport(
        IOptions<RabbitMqEventBusOptions> options,
        IOptions<DistributedEventOptions> eventOptions,
        IOptions<DistributedEventBusOptions> busOptions,
        ILogger<RabbitMqDistributedEventTransport> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _options.Validate();
        _eventOptions = eventOptions;
        _busOptions = busOptions;
        _logger = logger;
        _factory = _options.CreateConnectionFactory();
        _factory.ClientProvidedName = $"FitSaaS publisher {(_options.ClientName.Length > 0 ? _options.ClientName : "(publish only)")}";
        _channelSlots = new SemaphoreSlim(_options.PublisherChannels, _options.PublisherChannels);
    }

    /// <summary>True while the publisher connection is open.</summary>
    public bool IsConnected => _connection is { IsOpen: true };

    /// <inheritdoc/>
    /// <exception cref="RabbitMqPublishException">
    /// The broker is unreachable, refused the message (nack), the channel failed, or no confirm (or no connection) came within
    /// <see cref="RabbitMqEventBusOptions.PublishTimeout"/> (inner <see cref="TimeoutException"/>). A
    /// <see cref="DistributedEventTransportException"/>: the outbox keeps the message and retries it until the broker takes it.
    /// </exception>
    public async Task SendAsync(DistributedEventEnvelope envelope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);
        var properties = new BasicProperties
        {
            Persistent = true,
            MessageId = envelope.MessageId.ToString("D"),
            Type = envelope.EventName,
            ContentType = "application/json",
            ContentEncoding = "utf-8",
            CorrelationId = envelope.CorrelationId,
            Timestamp = new AmqpTimestamp(new DateTimeOffset(envelope.OccurredAt).ToUnixTimeSeconds()),
            AppId = _options.ClientName.Length > 0 ? _options.ClientName : null,
            Headers = new Dictionary<string, object?> { [RabbitMqTopology.TenantHeader] = envelope.TenantId?.ToString("D") ?? "" },
        };
        var body = Encoding.UTF8.GetBytes(envelope.ToJson());

        IChannel? channel = null;
        var slotTaken = false;
        try
        {
            await _channelSlots.WaitAsync(timeout.Token).ConfigureAwait(false);
            slotTaken = true;
            channel = await RentChannelAsync(timeout.Token).ConfigureAwait(false);
            await channel.BasicPublishAsync(_options.ExchangeName, envelope.EventName, mandatory: false, properties, body, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Discard(ref channel);
            throw new RabbitMqPublishException(
                $"RabbitMQ did not confirm message {envelope.MessageId} ('{envelope.EventName}') within {_options.PublishTimeout.TotalMilliseconds:0} ms.",
                new TimeoutException($"No publisher confirm within {_options.PublishTimeout.TotalMilliseconds:0} ms."));
        }
        catch (PublishException ex)
        {
            throw new RabbitMqPublishException(
                $"RabbitMQ refused message {envelope.MessageId} ('{envelope.EventName}'){(ex.IsReturn ? " as unroutable" : " (nack)")}.", ex);
        }
        catch (Exception ex) when (ex is BrokerUnreachableException or AlreadyClosedException or OperationInterruptedException
                                       or System.IO.IOException or System.Net.Sockets.SocketException)
        {
            Discard(ref channel);
            throw new RabbitMqPublishException(
                $"RabbitMQ at {_options.HostName}:{_options.Port} did not take message {envelope.MessageId} ('{envelope.EventName}'): {ex.GetType().Name}: {ex.Message}", ex);
        }
        finally
        {
            if (channel is not null)
            {
                if (channel.IsOpen && !_disposed)
                {
                    _idleChannels.Add(channel);
                }
                else
                {
                    Discard(ref channel);
                }
            }

            if (slotTaken)
            {
                _channelSlots.Release();
            }
        }
    }

    /// <summary>Opens the connection when needed and reports whether it is open (used by the health check).</summary>
    public async Task<bool> CheckConnectionAsync(CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.ConnectTimeout);
        var connection = await GetConnectionAsync(timeout.Token).ConfigureAwait(false);
        return connection.IsOpen;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        while (_idleChannels.TryTake(out var channel))
        {
            await RabbitMqTopology.DisposeQuietlyAsync(channel, TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        }

        await RabbitMqTopology.DisposeQuietlyAsync(_connection, TimeSpan.FromSeconds(3)).ConfigureAwait(false);
        _connectGate.Dispose();
        _channelSlots.Dispose();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        var channels = new List<IChannel>();
        while (_idleChannels.TryTake(out var channel))
        {
            channels.Add(channel);
        }

        // Never block a synchronous dispose on the broker: close in the background.
        var connection = _connection;
        _ = Task.Run(async () =>
        {
            foreach (var channel in channels)
            {
                await RabbitMqTopology.DisposeQuietlyAsync(channel, TimeSpan.FromSeconds(2)).ConfigureAwait(false);
            }

            await RabbitMqTopology.DisposeQuietlyAsync(connection, TimeSpan.FromSeconds(3)).ConfigureAwait(false);
        });
    }

    private async Task<IChannel> RentChannelAsync(CancellationToken cancellationToken)
    {
        while (_idleChannels.TryTake(out var idle))
        {
            if (idle.IsOpen && _connection is { IsOpen: true })
            {
                return idle;
            }

            var stale = idle;
            Discard(ref stale);
        }

        var connection = await GetConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<IConnection> GetConnectionAsync(CancellationToken cancellationToken)
    {
        if (_connection is { IsOpen: true } open)
        {
            return open;
        }

        await _connectGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_connection is { IsOpen: true } current)
            {
                return current;
            }

            if (_connection is { } lost)
            {
                RabbitMqLog.PublisherReconnecting(_logger, _options.HostName, _options.Port);
                _ = RabbitMqTopology.DisposeQuietlyAsync(lost, TimeSpan.FromSeconds(5));
                _connection = null;
            }

            var connection = await _factory.CreateConnectionAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // The exchange, and the application's queue with its bindings, exist before the first message is published,
                // so nothing published before the consumer started is dropped as unroutable.
                var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                await using (channel.ConfigureAwait(false))
                {
                    await RabbitMqTopology.DeclareAsync(channel, _options, _eventOptions.Value.EventTypes.ByName.Keys, _busOptions.Value, cancellationToken).ConfigureAwait(false);
                    await channel.CloseAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            catch
            {
                _ = RabbitMqTopology.DisposeQuietlyAsync(connection, TimeSpan.FromSeconds(5));
                throw;
            }

            RabbitMqLog.PublisherConnected(_logger, _options.HostName, _options.Port);
            _connection = connection;
            return connection;
        }
        finally
        {
            _connectGate.Release();
        }
    }

    private static void Discard(ref IChannel? channel)
    {
        if (channel is not null)
        {
            // In the background: disposing a channel of a dead connection can wait for a close handshake that never comes.
            _ = RabbitMqTopology.DisposeQuietlyAsync(channel, TimeSpan.FromSeconds(5));
            channel = null;
        }
    }
}
