using System.Text.Json;

namespace FitSaaS.Framework.Events.Distributed;

/// <summary>
/// One distributed event as it is stored and sent: what a consumer needs to deduplicate (<see cref="MessageId"/>),
/// route (<see cref="EventName"/>), run in the right tenant (<see cref="TenantId"/>) and trace it
/// (<see cref="CorrelationId"/>, <see cref="OccurredAt"/>), around the event's JSON <see cref="Payload"/>.
/// </summary>
/// <param name="MessageId">Unique id of this message; redeliveries keep it (consumers' inbox key).</param>
/// <param name="EventName">The registered wire name (<see cref="EventNameAttribute"/>).</param>
/// <param name="TenantId">The tenant the event happened in; null for the host.</param>
/// <param name="CorrelationId">The id of the request or job that caused it, when known (at most 64 characters).</param>
/// <param name="OccurredAt">When the event was published, UTC.</param>
/// <param name="Payload">The event serialised as JSON (web defaults: camelCase).</param>
public sealed record DistributedEventEnvelope(
    Guid MessageId,
    string EventName,
    Guid? TenantId,
    string? CorrelationId,
    DateTime OccurredAt,
    string Payload)
{
    /// <summary>Longest accepted <see cref="CorrelationId"/>, in characters (64).</summary>
    public const int MaxCorrelationIdLength = 64;

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    /// <summary>Wraps <paramref name="eventData"/> (of a registered type) in a new envelope.</summary>
    /// <exception cref="InvalidOperationException">The event's type is not registered.</exception>
    /// <exception cref="ArgumentException"><paramref name="occurredAt"/> is not UTC, or the correlation id is too long.</exception>
    public static DistributedEventEnvelope Create(
        DistributedEventTypeList eventTypes,
        object eventData,
        Guid messageId,
        Guid? tenantId,
        string? correlationId,
        DateTime occurredAt)
    {
        ArgumentNullException.ThrowIfNull(eventTypes);
        ArgumentNullException.ThrowIfNull(eventData);
        if (occurredAt.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("The time of an event must be UTC.", nameof(occurredAt));
        }

        if (correlationId is { Length: > MaxCorrelationIdLength })
        {
            throw new ArgumentException($"A correlation id has at most {MaxCorrelationIdLength} characters.", nameof(correlationId));
        }

        var type = eventData.GetType();
        var name = eventTypes.GetName(type);
        return new DistributedEventEnvelope(messageId, name, tenantId, correlationId, occurredAt, JsonSerializer.Serialize(eventData, type, s_json));
    }

    /// <summary>The payload as an instance of the type registered under <see cref="EventName"/>.</summary>
    /// <exception cref="InvalidOperationException">No type is registered under the name, or the payload is not valid JSON for it.</exception>
    public object ReadPayload(DistributedEventTypeList eventTypes)
    {
        ArgumentNullException.ThrowIfNull(eventTypes);
        if (!eventTypes.TryGetType(EventName, out var type))
        {
            throw new InvalidOperationException($"No distributed event type is registered under '{EventName}'.");
        }

        try
        {
            return JsonSerializer.Deserialize(Payload, type, s_json)
                ?? throw new InvalidOperationException($"Message {MessageId} ('{EventName}') has a null payload.");
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"Message {MessageId} ('{EventName}') has a payload that is not a valid {type.Name}.", ex);
        }
    }

    /// <summary>The envelope as JSON (the message body on a transport).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, s_json);

    /// <summary>An envelope read back from <see cref="ToJson"/>.</summary>
    /// <exception cref="InvalidOperationException">The text is not an envelope (bad JSON, or missing name or payload).</exception>
    public static DistributedEventEnvelope FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        DistributedEventEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<DistributedEventEnvelope>(json, s_json);
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException("The message is not a distributed event envelope.", ex);
        }

        return envelope is { MessageId: var id, EventName: { Length: > 0 }, Payload: not null } && id != Guid.Empty
            ? envelope with { OccurredAt = AsUtc(envelope.OccurredAt) }
            : throw new InvalidOperationException("The message is not a distributed event envelope (message id, event name and payload are required).");
    }

    private static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };
}
