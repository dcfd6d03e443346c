using FitSaaS.Framework.Domain;

namespace FitSaaS.Messaging;

/// <summary>Announcements of the current tenant.</summary>
public interface IAnnouncementRepository : IRepository<Announcement, Guid>
{
    /// <summary>A page of announcements, newest first (by creation), optionally of one status and audience kind, untracked, with the total.</summary>
    Task<(List<Announcement> Items, int TotalCount)> GetPagedListAsync(
        AnnouncementStatus? status, AnnouncementAudienceKind? audienceKind, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);

    /// <summary>Ids of the announcements to deliver now: scheduled ones whose instant has come, and those still delivering, oldest first.</summary>
    Task<List<Guid>> GetIdsToDeliverAsync(DateTime nowUtc, CancellationToken cancellationToken = default);
}
