using FitSaaS.Framework.DependencyInjection;

namespace FitSaaS.Messaging;

/// <summary>
/// Pushes new notifications over the Messaging hub (<see cref="IMessagingRealtimePublisher"/>, after the commit):
/// <see cref="MessagingHubMethods.NotificationReceived"/> with the <see cref="NotificationDto"/> to its recipient, then
/// <see cref="MessagingHubMethods.UnreadCountsChanged"/> with the recipient's new unread count.
/// </summary>
public sealed class NotificationRealtimePusher(IMessagingRealtimePublisher publisher, INotificationRepository repository)
    : INotificationPusher, ITransientDependency
{
    /// <inheritdoc/>
    public async Task PushAsync(IReadOnlyList<Notification> notifications, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        foreach (var notification in notifications)
        {
            await publisher.PublishToUsersAsync([notification.RecipientUserId], MessagingHubMethods.NotificationReceived, notification.ToDto(), cancellationToken);
        }

        var recipients = notifications.Select(n => n.RecipientUserId).Distinct().ToList();
        var counts = await repository.CountUnreadAsync(recipients, cancellationToken);
        foreach (var userId in recipients)
        {
            await publisher.PublishToUsersAsync(
                [userId], MessagingHubMethods.UnreadCountsChanged, new UnreadCountsDto { Notifications = counts.GetValueOrDefault(userId) }, cancellationToken);
        }
    }
}
