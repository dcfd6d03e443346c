using FitSaaS.Framework.Application;

namespace FitSaaS.Messaging;

/// <summary>
/// One's in-app notifications (<c>/api/messaging/notifications</c>): list, unread count, mark one or all read. Needs
/// <c>Messaging.Enabled</c>. Another user's (or another gym's) notification is reported as missing.
/// </summary>
public interface INotificationAppService : IApplicationService
{
    /// <summary>A page of the caller's notifications, newest first (at most <see cref="NotificationConsts.MaxPageSize"/> a page).</summary>
    Task<PagedResultDto<NotificationDto>> GetListAsync(GetMyNotificationsInput input);

    /// <summary>The caller's unread notifications count (<see cref="UnreadCountsDto.Notifications"/>; conversations are null).</summary>
    Task<UnreadCountsDto> GetUnreadCountAsync();

    /// <summary>Marks one of the caller's notifications read: <c>POST /api/messaging/notifications/{id}/mark-read</c>; already read stays as it was.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing, another user's or another gym's.</exception>
    Task<NotificationDto> MarkReadAsync(Guid id);

    /// <summary>Marks all the caller's notifications read: <c>POST /api/messaging/notifications/mark-all-read</c>; returns the new count (0).</summary>
    Task<UnreadCountsDto> MarkAllReadAsync();
}
