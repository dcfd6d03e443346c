using FitSaaS.Framework.Domain;

namespace FitSaaS.Messaging;

/// <summary>In-app notifications of the current tenant.</summary>
public interface INotificationRepository : IRepository<Notification, Guid>
{
    /// <summary>Of <paramref name="sourceKey"/>, the recipients among <paramref name="recipientUserIds"/> who already have the notification.</summary>
    Task<HashSet<Guid>> GetRecipientsWithSourceKeyAsync(string sourceKey, IReadOnlyCollection<Guid> recipientUserIds, CancellationToken cancellationToken = default);

    /// <summary>Adds the notifications in one save (a batch of up to a few hundred).</summary>
    Task InsertManyAsync(IReadOnlyCollection<Notification> notifications, CancellationToken cancellationToken = default);

    /// <summary>A page of the user's notifications, newest first, untracked, and the total count.</summary>
    Task<(List<Notification> Items, long TotalCount)> GetPagedListAsync(Guid recipientUserId, bool unreadOnly, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);

    /// <summary>How many unread notifications each of the users has (users with none are absent).</summary>
    Task<Dictionary<Guid, int>> CountUnreadAsync(IReadOnlyCollection<Guid> recipientUserIds, CancellationToken cancellationToken = default);

    /// <summary>Marks every unread notification of the user read at <paramref name="nowUtc"/>; returns how many were.</summary>
    Task<int> MarkAllReadAsync(Guid recipientUserId, DateTime nowUtc, CancellationToken cancellationToken = default);
}
