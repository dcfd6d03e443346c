using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.PersonalData;
using FitSaaS.Messaging;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Messaging;

/// <summary>
/// The notifications' part in a data subject request (<c>Messaging.Notifications</c>): the member's in-app notifications,
/// e-mail deliveries (subjects and bodies) and notification preferences. Erasure deletes all of them (nothing requires
/// keeping them; a deferred e-mail whose delivery is gone is not sent).
/// </summary>
public sealed class NotificationsPersonalDataHandler(IDbContextProvider<FitSaaSDbContext> dbContextProvider) : IPersonalDataHandler, ITransientDependency
{
    /// <inheritdoc/>
    public string Area => "Messaging.Notifications";

    /// <inheritdoc/>
    public async Task<object?> ExportAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var dbContext = await dbContextProvider.GetDbContextAsync(typeof(Notification), cancellationToken);
        var notifications = await dbContext.Set<Notification>().AsNoTracking()
            .Where(n => n.RecipientUserId == memberId)
            .OrderBy(n => n.CreatedAtUtc).ThenBy(n => n.Id)
            .Select(n => new { n.Id, Kind = n.Kind.ToString(), n.Title, n.Body, n.LinkEntityType, n.LinkEntityId, n.CreatedAtUtc, n.ReadAtUtc })
            .ToListAsync(cancellationToken);
        var emails = await dbContext.Set<NotificationEmailDelivery>().AsNoTracking()
            .Where(d => d.RecipientUserId == memberId)
            .OrderBy(d => d.CreatedAtUtc).ThenBy(d => d.Id)
            .Select(d => new { d.Id, Kind = d.Kind.ToString(), d.Subject, d.Body, d.CreatedAtUtc, d.DeferredUntilUtc, d.SentAtUtc, d.Skipped })
            .ToListAsync(cancellationToken);
        var preference = await dbContext.Set<NotificationPreference>().AsNoTracking()
            .Where(p => p.UserId == memberId)
            .Select(p => new { p.EmailOptOuts, p.QuietHoursStart, p.QuietHoursEnd, p.TimeZoneId, p.Language })
            .FirstOrDefaultAsync(cancellationToken);
        if (notifications.Count + emails.Count == 0 && preference is null)
        {
            return null;
        }

        return new { Notifications = notifications, Emails = emails, Preferences = preference };
    }

    /// <inheritdoc/>
    public async Task<PersonalDataErasureResult> EraseAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var dbContext = await dbContextProvider.GetDbContextAsync(typeof(Notification), cancellationToken);
        var deleted = await dbContext.Set<Notification>().Where(n => n.RecipientUserId == memberId).ExecuteDeleteAsync(cancellationToken);
        deleted += await dbContext.Set<NotificationEmailDelivery>().Where(d => d.RecipientUserId == memberId).ExecuteDeleteAsync(cancellationToken);
        deleted += await dbContext.Set<NotificationPreference>().Where(p => p.UserId == memberId).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? PersonalDataErasureResult.Nothing : new PersonalDataErasureResult(deleted, 0, 0, null);
    }
}
