namespace FitSaaS.Messaging;

/// <summary>The <see cref="INotificationPusher"/> of a process without the application layer: pushes nothing.</summary>
public sealed class NullNotificationPusher : INotificationPusher
{
    /// <inheritdoc/>
    public Task PushAsync(IReadOnlyList<Notification> notifications, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
