using System.Text;
using FitSaaS.Framework.Events.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace FitSaaS.Framework.Events.RabbitMq;

/// <summary>
/// Consumes the application's queue (<see cref="RabbitMqEventBusOptions.ClientName"/>) with manual acks and prefetch, and
/// hands each message to the <see cref="IDistributedEventReceiver"/>. A failed message is republished to the delay queue
/// of its next retry (<see cref="DistributedEventBusOptions.GetRetryDelay"/>) until
/// <see cref="DistributedEventBusOptions.MaxDeliveryAttempts"/> attempts were made; then it is recorded in the
/// <see cref="IDistributedEventDeadLetterStore"/> (when one is registered) and moved to the dead-letter queue. A body that is
/// not an envelope goes to the dead-letter queue at once. Nothing is ever requeued forever. When the broker goes away the
/// consumer reconnects every <see cref="RabbitMqEventBusOptions.ReconnectDelay"/> and resumes.
/// </summary>
public sealed class RabbitMqDistributedEventConsumer : BackgroundService
{
    private readonly RabbitMqEventBusOptions _options;
    private readonly IOptions<DistributedEventOptions> _eventOptions;
    private readonly IOptions<DistributedEventBusOptions> _busOptions;
    private readonly IServiceProvider _services;
    private readonly ILogger<RabbitMqDistributedEventConsumer> _logger;
    private readonly ConnectionFactory _factory;
    private int _inFlight;
    private volatile bool _consuming;

    /// <summary>Creates the consumer; it connects when the host starts.</summary>
    public RabbitMqDistributedEventConsumer(
        IOptions<RabbitMqEventBusOptions> options,
        IOptions<DistributedEventOptions> eventOptions,
        IOptions<DistributedEventBusOptions> busOptions,
        IServiceProvider services,
        ILogger<RabbitMqDistributedEventConsumer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _options.Validate();
        if (_options.ClientName.Length == 0)
        {
            throw new InvalidOperationException($"{RabbitMqEventBusOptions.EventBusSection}:ClientName is required to consume events.");
        }

        _eventOptions = eventOptions;
        _busOptions = busOptions;
        _services = services;
        _logger = logger;
        _factory = _options.CreateConnectionFactory();
        _factory.ClientProvidedName = $"FitSaaS consumer {_options.ClientName}";
    }

    /// <summary>True while the consumer is connected and subscribed to its queue.</summary>
    public bool IsConsuming => _consuming;

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var isService = _services.GetService<IServiceProviderIsService>();
        if (isService is not null && !isService.IsService(typeof(IDistributedEventReceiver)))
        {
            RabbitMqLog.NoReceiver(_logger, _options.ClientName);
            return;
        }

        var maxAttempts = Math.Max(1, _busOptions.Value.MaxDeliveryAttempts);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunSessionAsync(maxAttempts, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is BrokerUnreachableException or AlreadyClosedException or OperationInterruptedException
                                           or System.IO.IOException or System.Net.Sockets.SocketException or TimeoutException or OperationCanceledException)
            {
                RabbitMqLog.ConsumerDisconnected(_logger, _options.ClientName, RabbitMqLog.Describe(ex), _options.ReconnectDelay.TotalMilliseconds);
            }
            finally
            {
                _consuming = false;
            }

            try
            {
                await Task.Delay(_options.ReconnectDelay, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task RunSessionAsync(int maxAttempts, CancellationToken stoppingToken)
    {
        IConnection? connection = null;
        IChannel? republish = null;
        IChannel? channel = null;
        try
        {
            using var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            connectTimeout.CancelAfter(_options.ConnectTimeout + _options.PublishTimeout);
            connection = await _factory.CreateConnectionAsync(connectTimeout.Token).ConfigureAwait(false);
            var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            connection.ConnectionShutdownAsync += (_, _) =>
            {
                closed.TrySetResult();
                return Task.CompletedTask;
            };

            var topology = await connection.CreateChannelAsync(cancellationToken: connectTimeout.Token).ConfigureAwait(false);
            try
            {
                await RabbitMqTopology.DeclareAsync(topology, _options, _eventOptions.Value.EventTypes.ByName.Keys, _busOptions.Value, connectTimeout.Token).ConfigureAwait(false);
                await topology.CloseAsync(connectTimeout.Token).ConfigureAwait(false);
            }
            finally
            {
                await RabbitMqTopology.DisposeQuietlyAsync(topology, TimeSpan.FromSeconds(2)).ConfigureAwait(false);
            }

            // Retries and dead letters are published (with confirms) on a channel of their own, then the delivery is acked.
            republish = await connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
                connectTimeout.Token).ConfigureAwait(false);
            var concurrency = (ushort)Math.Clamp(_options.ConsumerConcurrency, 1, _options.PrefetchCount);
            channel = await connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: false, publisherConfirmationTrackingEnabled: false, consumerDispatchConcurrency: concurrency),
                connectTimeout.Token).ConfigureAwait(false);
            channel.ChannelShutdownAsync += (_, _) =>
            {
                closed.TrySetResult();
                return Task.CompletedTask;
            };
            republish.ChannelShutdownAsync += (_, _) =>
            {
                closed.TrySetResult();
                return Task.CompletedTask;
            };

            await channel.BasicQosAsync(0, (ushort)_options.PrefetchCount, global: false, connectTimeout.Token).ConfigureAwait(false);
            var consumer = new AsyncEventingBasicConsumer(channel);
            var (consumeChannel, republishChannel) = (channel, republish);
            consumer.ReceivedAsync += (_, delivery) => HandleDeliveryAsync(consumeChannel, republishChannel, delivery, maxAttempts, stoppingToken);
            var consumerTag = await channel.BasicConsumeAsync(_options.ClientName, autoAck: false, consumer, connectTimeout.Token).ConfigureAwait(false);
            _consuming = true;
            RabbitMqLog.ConsumerConnected(_logger, _options.ClientName, _options.HostName, _options.Port, _options.PrefetchCount, concurrency);

            try
            {
                await closed.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
                throw new AlreadyClosedException(new ShutdownEventArgs(ShutdownInitiator.Peer, 0, "connection or channel closed"));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                _consuming = false;
                await StopGracefullyAsync(channel, consumerTag).ConfigureAwait(false);
                throw;
            }
        }
        finally
        {
            _consuming = false;
            // Never wait long for a broker that went away (its close handshake does not come).
            await RabbitMqTopology.DisposeQuietlyAsync(channel, TimeSpan.FromSeconds(2)).ConfigureAwait(false);
            await RabbitMqTopology.DisposeQuietlyAsync(republish, TimeSpan.FromSeconds(2)).ConfigureAwait(false);
            await RabbitMqTopology.DisposeQuietlyAsync(connection, TimeSpan.FromSeconds(3)).ConfigureAwait(false);
        }
    }

    private async Task StopGracefullyAsync(IChannel channel, string consumerTag)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await channel.BasicCancelAsync(consumerTag, cancellationToken: timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is AlreadyClosedException or OperationInterruptedException or OperationCanceledException or System.IO.IOException)
        {
            // The broker is gone; unacked messages are requeued by it anyway.
        }

        // Let handlers that already run finish (their ack needs the channel); unacked messages are requeued by the broker.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Volatile.Read(ref _inFlight) > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task HandleDeliveryAsync(IChannel channel, IChannel republish, BasicDeliverEventArgs delivery, int maxAttempts, CancellationToken stoppingToken)
    {
        Interlocked.Increment(ref _inFlight);
        try
        {
            await HandleAsync(channel, republish, delivery, maxAttempts, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is AlreadyClosedException or OperationInterruptedException or System.IO.IOException
                                       or OperationCanceledException or TimeoutException or PublishException)
        {
            // Not acked: the broker redelivers the message when the channel closes (the inbox makes a second handling a no-op).
            RabbitMqLog.NotSettled(_logger, delivery.BasicProperties.MessageId, _options.ClientName, RabbitMqLog.Describe(ex));
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task HandleAsync(IChannel channel, IChannel republish, BasicDeliverEventArgs delivery, int maxAttempts, CancellationToken stoppingToken)
    {
        var body = delivery.Body.ToArray();
        DistributedEventEnvelope envelope;
        try
        {
            envelope = DistributedEventEnvelope.FromJson(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body));
        }
        catch (Exception ex) when (ex is InvalidOperationException or DecoderFallbackException or ArgumentException)
        {
            RabbitMqLog.Unparseable(_logger, delivery.BasicProperties.MessageId, _options.ClientName, _options.DeadLetterQueueName);
            await PublishAsync(republish, _options.DeadLetterQueueName, delivery, body, RabbitMqTopology.ReadAttempts(delivery.BasicProperties),
                "Unparseable: " + ex.Message, stoppingToken).ConfigureAwait(false);
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, CancellationToken.None).ConfigureAwait(false);
            return;
        }

        var attempt = RabbitMqTopology.ReadAttempts(delivery.BasicProperties) + 1;
        string error;
        try
        {
            var receiver = _services.GetRequiredService<IDistributedEventReceiver>();
            await receiver.ReceiveAsync(envelope, stoppingToken).ConfigureAwait(false);
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, CancellationToken.None).ConfigureAwait(false);
            return;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: not an attempt. Give the message back untouched.
            await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true, CancellationToken.None).ConfigureAwait(false);
            return;
        }
        catch (Exception ex)
        {
            // Type and message only: never stack traces or inner details that could carry secrets.
            error = RabbitMqTopology.Truncate(ex.GetType().Name + ": " + ex.Message, 1000);
        }

        var busOptions = _busOptions.Value;
        if (attempt < maxAttempts)
        {
            var delay = busOptions.GetRetryDelay(attempt);
            RabbitMqLog.Retrying(_logger, envelope.MessageId, envelope.EventName, attempt, maxAttempts, error, delay.TotalMilliseconds);
            await PublishAsync(republish, _options.RetryQueueName(delay), delivery, body, attempt, error, stoppingToken).ConfigureAwait(false);
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, CancellationToken.None).ConfigureAwait(false);
            return;
        }

        RabbitMqLog.DeadLettered(_logger, envelope.MessageId, envelope.EventName, attempt, error, _options.DeadLetterQueueName);
        if (_services.GetService<IDistributedEventDeadLetterStore>() is { } store)
        {
            try
            {
                await store.AddAsync(envelope, error, attempt, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The dead-letter queue below still keeps the message.
                RabbitMqLog.DeadLetterStoreFailed(_logger, envelope.MessageId, RabbitMqLog.Describe(ex));
            }
        }

        await PublishAsync(republish, _options.DeadLetterQueueName, delivery, body, attempt, error, stoppingToken).ConfigureAwait(false);
        await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, CancellationToken.None).ConfigureAwait(false);
    }

    private async Task PublishAsync(IChannel republish, string queue, BasicDeliverEventArgs delivery, byte[] body, int attempts, string error, CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(_options.PublishTimeout);
        var properties = RabbitMqTopology.CopyForRepublish(delivery.BasicProperties, attempts, error);
        // The default exchange routes straight to the named queue (this application only).
        await republish.BasicPublishAsync("", queue, mandatory: false, properties, body, timeout.Token).ConfigureAwait(false);
    }
}
