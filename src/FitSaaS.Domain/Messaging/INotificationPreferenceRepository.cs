using FitSaaS.Framework.Domain;

namespace FitSaaS.Messaging;

/// <summary>Members' notification preferences of the current tenant.</summary>
public interface INotificationPreferenceRepository : IRepository<NotificationPreference, Guid>
{
    /// <summary>The user's preferences; null when the user kept the defaults.</summary>
    Task<NotificationPreference?> FindByUserAsync(Guid userId, CancellationToken cancellationToken = default);

    /// <summary>The preferences of those of the users who have any, by user id, untracked.</summary>
    Task<Dictionary<Guid, NotificationPreference>> GetByUsersAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default);
}
