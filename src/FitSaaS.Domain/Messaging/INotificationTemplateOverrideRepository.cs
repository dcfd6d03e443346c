using FitSaaS.Framework.Domain;

namespace FitSaaS.Messaging;

/// <summary>The current tenant's notification template overrides.</summary>
public interface INotificationTemplateOverrideRepository : IRepository<NotificationTemplateOverride, Guid>
{
    /// <summary>The override of <paramref name="kind"/> in <paramref name="language"/> (a lower-case tag), tracked; null when none.</summary>
    Task<NotificationTemplateOverride?> FindAsync(NotificationKind kind, string language, CancellationToken cancellationToken = default);

    /// <summary>The overrides of <paramref name="kind"/> in every language, untracked (one query).</summary>
    Task<List<NotificationTemplateOverride>> GetListByKindAsync(NotificationKind kind, CancellationToken cancellationToken = default);

    /// <summary>Every override of the tenant, untracked (one query), by kind then language.</summary>
    Task<List<NotificationTemplateOverride>> GetAllAsync(CancellationToken cancellationToken = default);
}
