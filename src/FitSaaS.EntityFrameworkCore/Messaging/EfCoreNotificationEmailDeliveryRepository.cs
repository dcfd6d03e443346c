using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Messaging;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Messaging;

/// <summary>EF Core <see cref="INotificationEmailDeliveryRepository"/> (tenant filter applies).</summary>
public sealed class EfCoreNotificationEmailDeliveryRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, NotificationEmailDelivery>(dbContextProvider), INotificationEmailDeliveryRepository
{
    /// <inheritdoc/>
    public async Task<HashSet<Guid>> GetRecipientsWithSourceKeyAsync(string sourceKey, IReadOnlyCollection<Guid> recipientUserIds, CancellationToken cancellationToken = default) =>
        (await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(d => d.SourceKey == sourceKey && recipientUserIds.Contains(d.RecipientUserId))
            .Select(d => d.RecipientUserId)
            .ToListAsync(cancellationToken)).ToHashSet();

    /// <inheritdoc/>
    public async Task<List<NotificationEmailDelivery>> GetUnsentAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(d => ids.Contains(d.Id) && d.SentAtUtc == null)
            .OrderBy(d => d.CreatedAtUtc).ThenBy(d => d.Id)
            .ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<bool> MarkSentAsync(Guid id, DateTime nowUtc, bool skipped, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken))
            .Where(d => d.Id == id && d.SentAtUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.SentAtUtc, nowUtc).SetProperty(d => d.Skipped, skipped), cancellationToken) == 1;

    /// <inheritdoc/>
    public async Task ReleaseAsync(Guid id, DateTime claimedAtUtc, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken))
            .Where(d => d.Id == id && d.SentAtUtc == claimedAtUtc)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.SentAtUtc, (DateTime?)null), cancellationToken);

    /// <inheritdoc/>
    public async Task MarkSkippedAsync(Guid id, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken))
            .Where(d => d.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.Skipped, true), cancellationToken);

    /// <inheritdoc/>
    public async Task InsertManyAsync(IReadOnlyCollection<NotificationEmailDelivery> deliveries, CancellationToken cancellationToken = default)
    {
        var dbContext = await GetDbContextAsync(cancellationToken);
        dbContext.Set<NotificationEmailDelivery>().AddRange(deliveries);
        await dbContext.SaveChangesAsync(cancellationToken);
    }
}
