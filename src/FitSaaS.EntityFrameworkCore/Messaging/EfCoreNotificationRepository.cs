using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Messaging;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Messaging;

/// <summary>EF Core <see cref="INotificationRepository"/> (tenant filter applies).</summary>
public sealed class EfCoreNotificationRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, Notification>(dbContextProvider), INotificationRepository
{
    /// <inheritdoc/>
    public async Task<HashSet<Guid>> GetRecipientsWithSourceKeyAsync(string sourceKey, IReadOnlyCollection<Guid> recipientUserIds, CancellationToken cancellationToken = default) =>
        (await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(n => n.SourceKey == sourceKey && recipientUserIds.Contains(n.RecipientUserId))
            .Select(n => n.RecipientUserId)
            .ToListAsync(cancellationToken)).ToHashSet();

    /// <inheritdoc/>
    public async Task InsertManyAsync(IReadOnlyCollection<Notification> notifications, CancellationToken cancellationToken = default)
    {
        var dbContext = await GetDbContextAsync(cancellationToken);
        dbContext.Set<Notification>().AddRange(notifications);
        await dbContext.SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<(List<Notification> Items, long TotalCount)> GetPagedListAsync(
        Guid recipientUserId, bool unreadOnly, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var query = (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(n => n.RecipientUserId == recipientUserId && (!unreadOnly || n.ReadAtUtc == null));
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id)
            .Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <inheritdoc/>
    public async Task<Dictionary<Guid, int>> CountUnreadAsync(IReadOnlyCollection<Guid> recipientUserIds, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(n => recipientUserIds.Contains(n.RecipientUserId) && n.ReadAtUtc == null)
            .GroupBy(n => n.RecipientUserId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    /// <inheritdoc/>
    public async Task<int> MarkAllReadAsync(Guid recipientUserId, DateTime nowUtc, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken))
            .Where(n => n.RecipientUserId == recipientUserId && n.ReadAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, nowUtc), cancellationToken);
}
