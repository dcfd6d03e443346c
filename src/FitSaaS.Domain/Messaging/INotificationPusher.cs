namespace FitSaaS.Messaging;

/// <summary>
/// Pushes newly stored notifications to their recipients' open hub connections (the notification and the new unread count).
/// The application layer implements it over <see cref="IMessagingRealtimePublisher"/> (which pushes after the commit).
/// </summary>
public interface INotificationPusher
{
    /// <summary>Pushes <paramref name="notifications"/> (just stored) and their recipients' unread counts.</summary>
    Task PushAsync(IReadOnlyList<Notification> notifications, CancellationToken cancellationToken = default);
}
