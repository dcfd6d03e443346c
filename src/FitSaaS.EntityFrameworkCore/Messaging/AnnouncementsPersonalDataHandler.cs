using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.PersonalData;
using FitSaaS.Messaging;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Messaging;

/// <summary>
/// The Announcements part of a data subject request (<c>Messaging.Announcements</c>): the announcements the member received,
/// when they were delivered and read. Erasure deletes the member's receipts (the announcements, staff's content, stay; their
/// recipient counts are kept as historical totals).
/// </summary>
public sealed class AnnouncementsPersonalDataHandler(IDbContextProvider<FitSaaSDbContext> dbContextProvider) : IPersonalDataHandler, ITransientDependency
{
    /// <inheritdoc/>
    public string Area => "Messaging.Announcements";

    /// <inheritdoc/>
    public async Task<object?> ExportAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var dbContext = await dbContextProvider.GetDbContextAsync(typeof(AnnouncementReceipt), cancellationToken);
        var receipts = await (
            from r in dbContext.Set<AnnouncementReceipt>().AsNoTracking().Where(r => r.UserId == memberId)
            join a in dbContext.Set<Announcement>().AsNoTracking() on r.AnnouncementId equals a.Id
            orderby r.DeliveredAtUtc, r.Id
            select new { r.AnnouncementId, a.Title, r.DeliveredAtUtc, r.ReadAtUtc })
            .ToListAsync(cancellationToken);
        return receipts.Count == 0 ? null : new { Receipts = receipts };
    }

    /// <inheritdoc/>
    public async Task<PersonalDataErasureResult> EraseAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var dbContext = await dbContextProvider.GetDbContextAsync(typeof(AnnouncementReceipt), cancellationToken);
        var deleted = await dbContext.Set<AnnouncementReceipt>().Where(r => r.UserId == memberId).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? PersonalDataErasureResult.Nothing : new PersonalDataErasureResult(deleted, 0, 0, null);
    }
}
