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
    /// Claims one delivery: records it as sent (or skipped) at <paramref name="nowUtc"/> in one statement, only while it is
    /// unsent; returns false when another run already did.
    /// </summary>
    Task<bool> MarkSentAsync(Guid id, DateTime nowUtc, bool skipped, CancellationToken cancellationToken = default);

    /// <summary>Gives a claim back (after a failed delivery): clears <see cref="NotificationEmailDelivery.SentAtUtc"/> when it is still <paramref name="claimedAtUtc"/>.</summary>
    Task ReleaseAsync(Guid id, DateTime claimedAtUtc, CancellationToken cancellationToken = default);

    /// <summary>Records a claimed delivery as skipped (its address was refused).</summary>
    Task MarkSkippedAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Adds the deliveries in one save.</summary>
    Task InsertManyAsync(IReadOnlyCollection<NotificationEmailDelivery> deliveries, CancellationToken cancellationToken = default);
}
