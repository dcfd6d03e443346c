using FitSaaS.Framework.Domain;

namespace FitSaaS.Messaging;

/// <summary>Receipts of the current tenant's announcements.</summary>
public interface IAnnouncementReceiptRepository : IRepository<AnnouncementReceipt, Guid>
{
    /// <summary>The user ids that already have a receipt of the announcement.</summary>
    Task<HashSet<Guid>> GetUserIdsAsync(Guid announcementId, CancellationToken cancellationToken = default);

    /// <summary>Adds receipts (saved with the unit of work).</summary>
    Task InsertManyAsync(IReadOnlyCollection<AnnouncementReceipt> receipts, CancellationToken cancellationToken = default);

    /// <summary>The user's receipt of the announcement (tracked), or null.</summary>
    Task<AnnouncementReceipt?> FindByUserAsync(Guid announcementId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>How many receipts of the announcement are read.</summary>
    Task<int> CountReadAsync(Guid announcementId, CancellationToken cancellationToken = default);

    /// <summary>A page of the announcement's receipts, read ones first by read instant, then unread by user id; optionally only read or unread ones.</summary>
    Task<(List<AnnouncementReceipt> Items, int TotalCount)> GetPagedListAsync(
        Guid announcementId, bool? read, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);

    /// <summary>A page of the user's delivered announcements with their receipts, newest delivery first, untracked, with the total.</summary>
    Task<(List<(Announcement Announcement, AnnouncementReceipt Receipt)> Items, int TotalCount)> GetPagedListOfUserAsync(
        Guid userId, bool? read, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);
}
