namespace FitSaaS.Messaging;

/// <summary>
/// Pushes a message to the open hub connections of users of the current tenant (the host's SignalR hub
/// <c>/hubs/messaging</c>, across every instance through the Redis backplane in the distributed profile). Inside a unit of
/// work the push happens after it commits (nothing is pushed on rollback); outside one, at once. Delivery is best effort:
/// a user with no open connection receives nothing (the stored notification or message is the record) and a failing push
/// is logged, never thrown to the caller.
/// </summary>
public interface IMessagingRealtimePublisher
{
    /// <summary>
    /// Calls <paramref name="method"/> (a <see cref="MessagingHubMethods"/> name) with <paramref name="payload"/> (serialized
    /// as JSON) on every connection of <paramref name="userIds"/> in the current tenant.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="userIds"/>, <paramref name="method"/> or <paramref name="payload"/> is null.</exception>
    Task PublishToUsersAsync(IReadOnlyCollection<Guid> userIds, string method, object payload, CancellationToken cancellationToken = default);
}
