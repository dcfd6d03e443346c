using Microsoft.Extensions.Logging;

namespace FitSaaS.Framework.Events.RabbitMq;

/// <summary>Log messages of the RabbitMQ transport (never credentials; errors as exception type and message only).</summary>
internal static partial class RabbitMqLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "RabbitMQ publisher connected to {Host}:{Port}")]
    public static partial void PublisherConnected(ILogger logger, string host, int port);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "RabbitMQ publisher connection to {Host}:{Port} was lost; reconnecting")]
    public static partial void PublisherReconnecting(ILogger logger, string host, int port);

    [LoggerMessage(EventId = 5111, Level = LogLevel.Warning, Message = "No IDistributedEventReceiver is registered: the RabbitMQ consumer of queue {Queue} does not start")]
    public static partial void NoReceiver(ILogger logger, string queue);

    [LoggerMessage(EventId = 5112, Level = LogLevel.Information, Message = "RabbitMQ consumer of queue {Queue} connected to {Host}:{Port} (prefetch {Prefetch}, concurrency {Concurrency})")]
    public static partial void ConsumerConnected(ILogger logger, string queue, string host, int port, int prefetch, int concurrency);

    [LoggerMessage(EventId = 5113, Level = LogLevel.Warning, Message = "RabbitMQ consumer of queue {Queue} is disconnected ({Error}); retrying in {DelayMs} ms")]
    public static partial void ConsumerDisconnected(ILogger logger, string queue, string error, double delayMs);

    [LoggerMessage(EventId = 5114, Level = LogLevel.Warning, Message = "RabbitMQ message {MessageId} on {Queue} was not settled ({Error}); the broker will redeliver it")]
    public static partial void NotSettled(ILogger logger, string? messageId, string queue, string error);

    [LoggerMessage(EventId = 5115, Level = LogLevel.Error, Message = "RabbitMQ message {MessageId} on {Queue} is not a distributed event envelope; moved to {DeadLetterQueue}")]
    public static partial void Unparseable(ILogger logger, string? messageId, string queue, string deadLetterQueue);

    [LoggerMessage(EventId = 5116, Level = LogLevel.Warning, Message = "Distributed event {MessageId} ('{EventName}') failed attempt {Attempt} of {MaxAttempts} ({Error}); retrying in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, Guid messageId, string eventName, int attempt, int maxAttempts, string error, double delayMs);

    [LoggerMessage(EventId = 5117, Level = LogLevel.Error, Message = "Distributed event {MessageId} ('{EventName}') failed {Attempts} times ({Error}); dead-lettered to {DeadLetterQueue}")]
    public static partial void DeadLettered(ILogger logger, Guid messageId, string eventName, int attempts, string error, string deadLetterQueue);

    [LoggerMessage(EventId = 5118, Level = LogLevel.Error, Message = "Could not record dead-lettered event {MessageId} in the dead-letter store ({Error})")]
    public static partial void DeadLetterStoreFailed(ILogger logger, Guid messageId, string error);

    public static string Describe(Exception ex) => ex.GetType().Name + ": " + ex.Message;
}
