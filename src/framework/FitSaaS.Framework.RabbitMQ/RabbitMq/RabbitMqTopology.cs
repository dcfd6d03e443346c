using System.Text;
using FitSaaS.Framework.Events.Distributed;
using RabbitMQ.Client;

namespace FitSaaS.Framework.Events.RabbitMq;

/// <summary>
/// The broker objects of the transport, all durable: the topic exchange; the application's queue bound to every registered
/// event name; one delay queue per retry delay (queue TTL, dead-lettered back to the application's queue through the default
/// exchange, so a retry never reaches other applications); the dead-letter queue. Declaring is idempotent.
/// </summary>
internal static class RabbitMqTopology
{
    /// <summary>Header with the number of handling attempts already made (int).</summary>
    public const string AttemptsHeader = "x-fitsaas-attempts";

    /// <summary>Header with the last error (exception type and message) of a retried or dead-lettered message.</summary>
    public const string ErrorHeader = "x-fitsaas-error";

    /// <summary>Header with the tenant id of the message (informational; the envelope is authoritative).</summary>
    public const string TenantHeader = "x-fitsaas-tenant-id";

    public static async Task DeclareAsync(
        IChannel channel,
        RabbitMqEventBusOptions options,
        IEnumerable<string> eventNames,
        DistributedEventBusOptions? retry,
        CancellationToken cancellationToken)
    {
        await channel.ExchangeDeclareAsync(options.ExchangeName, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (options.ClientName.Length == 0)
        {
            return;
        }

        await channel.QueueDeclareAsync(options.ClientName, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var name in eventNames)
        {
            await channel.QueueBindAsync(options.ClientName, options.ExchangeName, name, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        await channel.QueueDeclareAsync(options.DeadLetterQueueName, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (retry is null)
        {
            return;
        }

        foreach (var delay in RetryDelays(retry))
        {
            var arguments = new Dictionary<string, object?>
            {
                ["x-message-ttl"] = (long)delay.TotalMilliseconds,
                ["x-dead-letter-exchange"] = "",
                ["x-dead-letter-routing-key"] = options.ClientName,
            };
            await channel.QueueDeclareAsync(options.RetryQueueName(delay), durable: true, exclusive: false, autoDelete: false, arguments, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The distinct delays of retries 1 … MaxDeliveryAttempts − 1.</summary>
    public static IEnumerable<TimeSpan> RetryDelays(DistributedEventBusOptions retry) =>
        Enumerable.Range(1, Math.Max(0, retry.MaxDeliveryAttempts - 1)).Select(retry.GetRetryDelay).Distinct();

    /// <summary>The attempts header of a delivery (0 when absent or unreadable).</summary>
    public static int ReadAttempts(IReadOnlyBasicProperties properties)
    {
        if (properties.Headers is null || !properties.Headers.TryGetValue(AttemptsHeader, out var value))
        {
            return 0;
        }

        return value switch
        {
            int i => Math.Max(0, i),
            long l => (int)Math.Clamp(l, 0, int.MaxValue),
            short s => Math.Max((short)0, s),
            byte[] bytes when int.TryParse(Encoding.UTF8.GetString(bytes), out var parsed) => Math.Max(0, parsed),
            _ => 0,
        };
    }

    /// <summary>A copy of the delivery's properties for a republish (persistent, same id and type) with the attempts and error headers set.</summary>
    public static BasicProperties CopyForRepublish(IReadOnlyBasicProperties source, int attempts, string error)
    {
        var headers = new Dictionary<string, object?>();
        if (source.Headers is not null)
        {
            foreach (var (key, value) in source.Headers)
            {
                // x-death and friends are the broker's bookkeeping of earlier dead-lettering; they are not carried over.
                if (!key.StartsWith("x-death", StringComparison.Ordinal) && !key.StartsWith("x-first-death", StringComparison.Ordinal)
                    && !key.StartsWith("x-last-death", StringComparison.Ordinal))
                {
                    headers[key] = value;
                }
            }
        }

        headers[AttemptsHeader] = attempts;
        headers[ErrorHeader] = Truncate(error, 1000);
        return new BasicProperties
        {
            Persistent = true,
            MessageId = source.MessageId,
            Type = source.Type,
            ContentType = source.ContentType,
            CorrelationId = source.CorrelationId,
            Timestamp = source.Timestamp,
            AppId = source.AppId,
            Headers = headers,
        };
    }

    /// <summary>
    /// Disposes a channel or connection without ever blocking the caller for long: the client's disposal waits for the
    /// broker's close handshake, which never comes from a broker that just went away.
    /// </summary>
    public static async Task DisposeQuietlyAsync(IAsyncDisposable? resource, TimeSpan timeout)
    {
        if (resource is null)
        {
            return;
        }

        try
        {
            await resource.DisposeAsync().AsTask().WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException or ObjectDisposedException or InvalidOperationException
                                       or RabbitMQ.Client.Exceptions.AlreadyClosedException or RabbitMQ.Client.Exceptions.OperationInterruptedException
                                       or System.IO.IOException or System.Net.Sockets.SocketException)
        {
            // Gone already, or the broker does not answer: nothing left to release that the GC cannot.
        }
    }

    public static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
