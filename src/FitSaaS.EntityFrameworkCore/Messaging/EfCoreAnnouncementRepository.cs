using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Messaging;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Messaging;

/// <summary>EF Core <see cref="IAnnouncementRepository"/> (tenant filter applies).</summary>
public sealed class EfCoreAnnouncementRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, Announcement>(dbContextProvider), IAnnouncementRepository
{
    /// <inheritdoc/>
    public async Task<(List<Announcement> Items, int TotalCount)> GetPagedListAsync(
        AnnouncementStatus? status, AnnouncementAudienceKind? audienceKind, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var query = (await GetDbSetAsync(cancellationToken)).AsNoTracking();
        if (status is { } s)
        {
            query = query.Where(a => a.Status == s);
        }

        if (audienceKind is { } k)
        {
            query = query.Where(a => a.AudienceKind == k);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(a => a.CreationTime).ThenByDescending(a => a.Id)
            .Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <inheritdoc/>
    public async Task<List<Guid>> GetIdsToDeliverAsync(DateTime nowUtc, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(a => a.Status == AnnouncementStatus.Delivering || (a.Status == AnnouncementStatus.Scheduled && a.ScheduledAtUtc <= nowUtc))
            .OrderBy(a => a.ScheduledAtUtc).ThenBy(a => a.Id)
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);
}
