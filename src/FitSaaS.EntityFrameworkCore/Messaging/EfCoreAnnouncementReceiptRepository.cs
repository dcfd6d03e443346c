using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Messaging;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Messaging;

/// <summary>EF Core <see cref="IAnnouncementReceiptRepository"/> (tenant filter applies).</summary>
public sealed class EfCoreAnnouncementReceiptRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, AnnouncementReceipt>(dbContextProvider), IAnnouncementReceiptRepository
{
    /// <inheritdoc/>
    public async Task<HashSet<Guid>> GetUserIdsAsync(Guid announcementId, CancellationToken cancellationToken = default) =>
        (await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(r => r.AnnouncementId == announcementId).Select(r => r.UserId).ToListAsync(cancellationToken)).ToHashSet();

    /// <inheritdoc/>
    public async Task InsertManyAsync(IReadOnlyCollection<AnnouncementReceipt> receipts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(receipts);
        (await GetDbSetAsync(cancellationToken)).AddRange(receipts);
    }

    /// <inheritdoc/>
    public async Task<AnnouncementReceipt?> FindByUserAsync(Guid announcementId, Guid userId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).FirstOrDefaultAsync(r => r.AnnouncementId == announcementId && r.UserId == userId, cancellationToken);

    /// <inheritdoc/>
    public async Task<int> CountReadAsync(Guid announcementId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).CountAsync(r => r.AnnouncementId == announcementId && r.ReadAtUtc != null, cancellationToken);

    /// <inheritdoc/>
    public async Task<(List<AnnouncementReceipt> Items, int TotalCount)> GetPagedListAsync(
        Guid announcementId, bool? read, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var query = (await GetDbSetAsync(cancellationToken)).AsNoTracking().Where(r => r.AnnouncementId == announcementId);
        if (read is { } isRead)
        {
            query = isRead ? query.Where(r => r.ReadAtUtc != null) : query.Where(r => r.ReadAtUtc == null);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(r => r.ReadAtUtc == null).ThenBy(r => r.ReadAtUtc).ThenBy(r => r.UserId)
            .Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <inheritdoc/>
    public async Task<(List<(Announcement Announcement, AnnouncementReceipt Receipt)> Items, int TotalCount)> GetPagedListOfUserAsync(
        Guid userId, bool? read, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var dbContext = await GetDbContextAsync(cancellationToken);
        var receipts = dbContext.Set<AnnouncementReceipt>().AsNoTracking().Where(r => r.UserId == userId);
        if (read is { } isRead)
        {
            receipts = isRead ? receipts.Where(r => r.ReadAtUtc != null) : receipts.Where(r => r.ReadAtUtc == null);
        }

        var query = from r in receipts
                    join a in dbContext.Set<Announcement>().AsNoTracking() on r.AnnouncementId equals a.Id
                    select new { Announcement = a, Receipt = r };
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(x => x.Receipt.DeliveredAtUtc).ThenByDescending(x => x.Receipt.AnnouncementId)
            .Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (rows.Select(x => (x.Announcement, x.Receipt)).ToList(), total);
    }
}
