using FitSaaS.Framework.Domain;

namespace FitSaaS.Messaging;

/// <summary>E-mail deliveries of notifications of the current tenant.</summary>
public interface INotificationEmailDeliveryRepository : IRepository<NotificationEmailDelivery, Guid>
{
    /// <summary>Of <paramref name="sourceKey"/>, the recipients among <paramref name="recipientUserIds"/> who already have an e-mail delivery.</summary>
    Task<HashSet<Guid>> GetRecipientsWithSourceKeyAsync(string sourceKey, IReadOnlyCollection<Guid> recipientUserIds, CancellationToken cancellationToken = default);

    /// <summary>Adds the deliveries in one save.</summary>
    Task InsertManyAsync(IReadOnlyCollection<NotificationEmailDelivery> deliveries, CancellationToken cancellationToken = default);
}
