using FitSaaS.Framework.Domain;

namespace FitSaaS.Messaging;

/// <summary>E-mail deliveries of notifications of the current tenant.</summary>
public interface INotificationEmailDeliveryRepository : IRepository<NotificationEmailDelivery, Guid>
{
    /// <summary>Of <paramref name="sourceKey"/>, the recipients among <paramref name="recipientUserIds"/> who already have an e-mail delivery.</summary>
    Task<HashSet<Guid>> GetRecipientsWithSourceKeyAsync(string sourceKey, IReadOnlyCollection<Guid> recipientUserIds, CancellationToken cancellationToken = default);

    /// <summary>Of <paramref name="ids"/>, the deliveries not sent yet (<see cref="NotificationEmailDelivery.SentAtUtc"/> null), untracked.</summary>
    Task<List<NotificationEmailDelivery>> GetUnsentAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records one delivery as sent (or skipped) at <paramref name="nowUtc"/> in one statement, unless it already is; returns
    /// false when it was already recorded (another job sent it).
    /// </summary>
    Task<bool> MarkSentAsync(Guid id, DateTime nowUtc, bool skipped, CancellationToken cancellationToken = default);

    /// <summary>Adds the deliveries in one save.</summary>
    Task InsertManyAsync(IReadOnlyCollection<NotificationEmailDelivery> deliveries, CancellationToken cancellationToken = default);
}
