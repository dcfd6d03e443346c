using System.Globalization;
using Microsoft.Extensions.Configuration;
using RabbitMQ.Client;

namespace FitSaaS.Framework.Events.RabbitMq;

/// <summary>
/// Connection and topology of the RabbitMQ event transport, read from ABP's configuration keys:
/// <c>RabbitMQ:Connections:Default:HostName</c> / <c>Port</c> / <c>UserName</c> / <c>Password</c> / <c>VirtualHost</c> and
/// <c>RabbitMQ:EventBus:ClientName</c> / <c>ExchangeName</c> / <c>PrefetchCount</c> / <c>ConsumerConcurrency</c> /
/// <c>PublishTimeoutMs</c> / <c>ConnectTimeoutMs</c> / <c>ReconnectDelayMs</c> / <c>PublisherChannels</c>
/// (environment variables use <c>__</c>, e.g. <c>RabbitMQ__Connections__Default__HostName</c>).
/// </summary>
public sealed class RabbitMqEventBusOptions
{
    /// <summary>Configuration section of the connection (<c>RabbitMQ:Connections:Default</c>).</summary>
    public const string ConnectionSection = "RabbitMQ:Connections:Default";

    /// <summary>Configuration section of the event bus (<c>RabbitMQ:EventBus</c>).</summary>
    public const string EventBusSection = "RabbitMQ:EventBus";

    /// <summary>Host name or address of the broker; required.</summary>
    public string HostName { get; set; } = "";

    /// <summary>AMQP port; default 5672.</summary>
    public int Port { get; set; } = 5672;

    /// <summary>User name; default <c>guest</c> (which RabbitMQ only accepts from loopback).</summary>
    public string UserName { get; set; } = "guest";

    /// <summary>Password; default <c>guest</c>. Never logged.</summary>
    public string Password { get; set; } = "guest";

    /// <summary>Virtual host; default <c>/</c>.</summary>
    public string VirtualHost { get; set; } = "/";

    /// <summary>
    /// Name of this application's durable queue (ABP's <c>ClientName</c>); all instances of one application share it, so
    /// each message is handled by one of them. Its retry queues are <c>{ClientName}.retry.{delay}ms</c> and its dead-letter
    /// queue <c>{ClientName}.dead-letter</c>. Empty = publish only, no consumer.
    /// </summary>
    public string ClientName { get; set; } = "";

    /// <summary>Name of the durable topic exchange events are published to (routing key = event name); default <c>FitSaaS</c>.</summary>
    public string ExchangeName { get; set; } = "FitSaaS";

    /// <summary>Most unacknowledged messages the broker hands to one consumer (basic.qos prefetch); default 16, 1–65535.</summary>
    public int PrefetchCount { get; set; } = 16;

    /// <summary>Messages handled at the same time by one consumer; default 4, at most <see cref="PrefetchCount"/>.</summary>
    public int ConsumerConcurrency { get; set; } = 4;

    /// <summary>Longest wait of one send for the connection and the publisher confirm; default 5 s. A send that takes longer throws.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>TCP/AMQP connect timeout; default 3 s.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Pause of the consumer between reconnection attempts while the broker is unreachable; default 2 s.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Channels (with publisher confirms) used for sending at the same time; default 8.</summary>
    public int PublisherChannels { get; set; } = 8;

    /// <summary>The dead-letter queue of <see cref="ClientName"/>.</summary>
    public string DeadLetterQueueName => ClientName + ".dead-letter";

    /// <summary>The retry (delay) queue for a delay: <c>{ClientName}.retry.{milliseconds}ms</c>.</summary>
    public string RetryQueueName(TimeSpan delay) =>
        string.Create(CultureInfo.InvariantCulture, $"{ClientName}.retry.{(long)delay.TotalMilliseconds}ms");

    /// <summary>
    /// The options from configuration, or null when <c>RabbitMQ:Connections:Default:HostName</c> is absent or empty
    /// (the in-process transport stays).
    /// </summary>
    /// <exception cref="FormatException">A number is malformed or out of range (the message names the key, never a value of a secret).</exception>
    public static RabbitMqEventBusOptions? FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connection = configuration.GetSection(ConnectionSection);
        var bus = configuration.GetSection(EventBusSection);
        if (string.IsNullOrWhiteSpace(connection["HostName"]))
        {
            return null;
        }

        var options = new RabbitMqEventBusOptions { HostName = connection["HostName"]!.Trim() };
        options.Port = ReadInt(connection, "Port", options.Port, 1, 65535);
        options.UserName = NonEmpty(connection["UserName"]) ?? options.UserName;
        options.Password = connection["Password"] is { } password ? password : options.Password;
        options.VirtualHost = NonEmpty(connection["VirtualHost"]) ?? options.VirtualHost;
        options.ClientName = NonEmpty(bus["ClientName"]) ?? "";
        options.ExchangeName = NonEmpty(bus["ExchangeName"]) ?? options.ExchangeName;
        options.PrefetchCount = ReadInt(bus, "PrefetchCount", options.PrefetchCount, 1, ushort.MaxValue);
        options.ConsumerConcurrency = ReadInt(bus, "ConsumerConcurrency", options.ConsumerConcurrency, 1, ushort.MaxValue);
        options.PublisherChannels = ReadInt(bus, "PublisherChannels", options.PublisherChannels, 1, 1024);
        options.PublishTimeout = TimeSpan.FromMilliseconds(ReadInt(bus, "PublishTimeoutMs", (int)options.PublishTimeout.TotalMilliseconds, 100, 600_000));
        options.ConnectTimeout = TimeSpan.FromMilliseconds(ReadInt(bus, "ConnectTimeoutMs", (int)options.ConnectTimeout.TotalMilliseconds, 100, 600_000));
        options.ReconnectDelay = TimeSpan.FromMilliseconds(ReadInt(bus, "ReconnectDelayMs", (int)options.ReconnectDelay.TotalMilliseconds, 10, 600_000));
        options.Validate();
        return options;
    }

    /// <summary>Checks the options.</summary>
    /// <exception cref="FormatException">A value is out of range or a name is not usable.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(HostName))
        {
            throw new FormatException($"{ConnectionSection}:HostName is required.");
        }

        if (Port is < 1 or > 65535 || PrefetchCount is < 1 or > ushort.MaxValue || ConsumerConcurrency < 1 || PublisherChannels < 1
            || PublishTimeout <= TimeSpan.Zero || ConnectTimeout <= TimeSpan.Zero || ReconnectDelay <= TimeSpan.Zero)
        {
            throw new FormatException("RabbitMQ options out of range (port 1–65535, prefetch 1–65535, concurrency, channels and timeouts positive).");
        }

        foreach (var (key, name) in new[] { ("ClientName", ClientName), ("ExchangeName", ExchangeName) })
        {
            if (name.Length > 200 || name.StartsWith("amq.", StringComparison.Ordinal) || name.Any(char.IsControl))
            {
                throw new FormatException($"{EventBusSection}:{key} must have at most 200 characters, no control characters and not start with 'amq.'.");
            }
        }

        if (ExchangeName.Length == 0)
        {
            throw new FormatException($"{EventBusSection}:ExchangeName must not be empty.");
        }
    }

    internal ConnectionFactory CreateConnectionFactory() => new()
    {
        HostName = HostName,
        Port = Port,
        UserName = UserName,
        Password = Password,
        VirtualHost = VirtualHost,
        // Reconnection is ours (publisher: on the next send; consumer: its loop), so the state is always explicit.
        AutomaticRecoveryEnabled = false,
        TopologyRecoveryEnabled = false,
        RequestedConnectionTimeout = ConnectTimeout,
        SocketReadTimeout = ConnectTimeout,
        SocketWriteTimeout = ConnectTimeout,
        HandshakeContinuationTimeout = ConnectTimeout,
        ContinuationTimeout = PublishTimeout,
        RequestedHeartbeat = TimeSpan.FromSeconds(10),
    };

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static int ReadInt(IConfigurationSection section, string key, int fallback, int min, int max)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new FormatException($"{section.Path}:{key} must be a whole number from {min} to {max}.");
    }
}
