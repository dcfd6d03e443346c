namespace FitSaaS.Messaging;

/// <summary>
/// The <see cref="IMessagingRealtimePublisher"/> of a process that hosts no hub (the DbMigrator, in-process tests): no
/// client can be connected to it, so there is nobody to push to. The HTTP host replaces it with its SignalR publisher.
/// </summary>
public sealed class NullMessagingRealtimePublisher : IMessagingRealtimePublisher
{
    /// <inheritdoc/>
    public Task PublishToUsersAsync(IReadOnlyCollection<Guid> userIds, string method, object payload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(payload);
        return Task.CompletedTask;
    }
}
