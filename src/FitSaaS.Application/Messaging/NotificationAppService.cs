using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Users;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Messaging;

/// <inheritdoc cref="INotificationAppService"/>
[Authorize(MessagingPermissions.Notifications.Default)]
[RequiresFeature(MessagingFeatures.Enabled)]
public sealed class NotificationAppService(
    INotificationRepository notifications,
    IMessagingRealtimePublisher publisher,
    ICurrentUser currentUser,
    TimeProvider clock) : ApplicationService, INotificationAppService
{
    /// <inheritdoc/>
    public async Task<PagedResultDto<NotificationDto>> GetListAsync(GetMyNotificationsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (items, total) = await notifications.GetPagedListAsync(
            Me(), input.UnreadOnly, input.SkipCount, Math.Min(input.MaxResultCount, NotificationConsts.MaxPageSize));
        return new PagedResultDto<NotificationDto>(total, items.Select(n => n.ToDto()).ToList());
    }

    /// <inheritdoc/>
    public async Task<UnreadCountsDto> GetUnreadCountAsync() => new() { Notifications = await CountAsync(Me()) };

    /// <inheritdoc/>
    public async Task<NotificationDto> MarkReadAsync(Guid id)
    {
        var me = Me();
        var notification = await notifications.FindAsync(id);
        if (notification is null || notification.RecipientUserId != me)
        {
            throw new EntityNotFoundException(typeof(Notification), id);
        }

        if (notification.ReadAtUtc is null)
        {
            notification.MarkRead(clock.GetUtcNow().UtcDateTime);
            await notifications.UpdateAsync(notification, autoSave: true);
            await PushCountAsync(me);
        }

        return notification.ToDto();
    }

    /// <inheritdoc/>
    public async Task<UnreadCountsDto> MarkAllReadAsync()
    {
        var me = Me();
        if (await notifications.MarkAllReadAsync(me, clock.GetUtcNow().UtcDateTime) > 0)
        {
            await PushCountAsync(me);
        }

        return new UnreadCountsDto { Notifications = await CountAsync(me) };
    }

    private async Task PushCountAsync(Guid me) =>
        await publisher.PublishToUsersAsync([me], MessagingHubMethods.UnreadCountsChanged, new UnreadCountsDto { Notifications = await CountAsync(me) });

    private async Task<int> CountAsync(Guid me) => (await notifications.CountUnreadAsync([me])).GetValueOrDefault(me);

    private Guid Me() => currentUser.Id ?? throw new AuthorizationException("Notifications belong to a signed-in user.");
}
