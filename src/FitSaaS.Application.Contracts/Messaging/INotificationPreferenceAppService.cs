using FitSaaS.Framework.Application;

namespace FitSaaS.Messaging;

/// <summary>
/// Notification preferences (<c>/api/messaging/notification-preferences</c>): one's own (<c>GET/PUT …/mine</c>) and, for
/// staff, a member's (<c>GET …/{id}</c>). Needs <c>Messaging.Enabled</c>.
/// </summary>
public interface INotificationPreferenceAppService : IApplicationService
{
    /// <summary>The caller's preferences (defaults when never set): <c>GET …/mine</c>.</summary>
    Task<NotificationPreferenceDto> GetMineAsync();

    /// <summary>Replaces the caller's preferences: <c>PUT …/mine</c>.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Messaging:InvalidTimeZone</c>, <c>Messaging:UnsupportedLanguage</c>.</exception>
    Task<NotificationPreferenceDto> UpdateMineAsync(UpdateNotificationPreferenceDto input);

    /// <summary>A member's preferences (staff, <c>Notifications.Manage</c>).</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">No such user in the gym.</exception>
    Task<NotificationPreferenceDto> GetAsync(Guid id);
}
