using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Messaging;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Messaging;

/// <summary>EF Core <see cref="INotificationPreferenceRepository"/> (tenant filter applies).</summary>
public sealed class EfCoreNotificationPreferenceRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, NotificationPreference>(dbContextProvider), INotificationPreferenceRepository
{
    /// <inheritdoc/>
    public async Task<NotificationPreference?> FindByUserAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).FirstOrDefaultAsync(p => p.UserId == userId, cancellationToken);

    /// <inheritdoc/>
    public async Task<Dictionary<Guid, NotificationPreference>> GetByUsersAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(p => userIds.Contains(p.UserId))
            .ToDictionaryAsync(p => p.UserId, cancellationToken);
}
