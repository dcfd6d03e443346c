using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Messaging;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Messaging;

/// <summary>EF Core <see cref="INotificationTemplateOverrideRepository"/> (tenant filter applies).</summary>
public sealed class EfCoreNotificationTemplateOverrideRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, NotificationTemplateOverride>(dbContextProvider), INotificationTemplateOverrideRepository
{
    /// <inheritdoc/>
    public async Task<NotificationTemplateOverride?> FindAsync(NotificationKind kind, string language, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).FirstOrDefaultAsync(o => o.Kind == kind && o.Language == language, cancellationToken);

    /// <inheritdoc/>
    public async Task<List<NotificationTemplateOverride>> GetListByKindAsync(NotificationKind kind, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking().Where(o => o.Kind == kind).ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<List<NotificationTemplateOverride>> GetAllAsync(CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking().OrderBy(o => o.Kind).ThenBy(o => o.Language).ToListAsync(cancellationToken);
}
