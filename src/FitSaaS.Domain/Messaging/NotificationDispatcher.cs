using FitSaaS.Bookings;
using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace FitSaaS.Messaging;

/// <summary>
/// The notifications pipeline: turns one event into one in-app notification and at most one e-mail per recipient. In the
/// current tenant and unit of work it: does nothing while <see cref="MessagingFeatures.Enabled"/> is off; skips recipients
/// who already have the event's <see cref="NotificationRequest.SourceKey"/> on a channel (exactly once per event, recipient
/// and channel; a concurrent duplicate fails on the unique index and the bus retries it into a no-op); renders the kind's
/// template (<see cref="NotificationTemplateSet.GetTemplate"/>: the gym's override, else the library's default) in the
/// member's language (<see cref="NotificationPreference.Language"/> when the gym offers it, else the gym's default language;
/// <see cref="NotificationTemplateProvider"/>, one read per event) and zone (the member's, else the location's, else the
/// tenant's Bookings default zone, else UTC); stores the in-app notifications at once; creates the e-mail deliveries unless
/// the member opted out of the kind's category (transactional categories cannot be opted out of) and, after the commit,
/// queues one <see cref="NotificationEmailJob"/> for those to send now and one per end of quiet hours, delayed to it (not
/// one job per e-mail: an announcement batch of 500 is one job); then pushes the new notifications. Logs carry counts,
/// kinds and ids only, never addresses, names or bodies.
/// </summary>
public sealed class NotificationDispatcher(
    INotificationRepository notifications,
    INotificationEmailDeliveryRepository deliveries,
    INotificationPreferenceRepository preferences,
    NotificationTemplateProvider templateProvider,
    ILocationRepository locations,
    INotificationPusher pusher,
    IBackgroundJobManager jobs,
    IUnitOfWorkManager unitOfWorkManager,
    IFeatureChecker features,
    ICurrentTenant currentTenant,
    IGuidGenerator guidGenerator,
    TimeProvider clock,
    ILogger<NotificationDispatcher> logger) : IDomainService
{
    /// <summary>Notifies the request's recipients; returns how many in-app notifications were stored (0 for a repeated event).</summary>
    public async Task<int> DispatchAsync(NotificationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!await features.IsEnabledAsync(MessagingFeatures.Enabled, cancellationToken))
        {
            return 0;
        }

        var recipients = request.RecipientUserIds.Where(id => id != Guid.Empty).Distinct().ToList();
        if (recipients.Count == 0)
        {
            return 0;
        }

        var now = Now();
        var category = NotificationCategories.Of(request.Kind);
        var haveInApp = await notifications.GetRecipientsWithSourceKeyAsync(request.SourceKey, recipients, cancellationToken);
        var haveEmail = await deliveries.GetRecipientsWithSourceKeyAsync(request.SourceKey, recipients, cancellationToken);
        var prefs = await preferences.GetByUsersAsync(recipients, cancellationToken);
        var fallbackZone = await GetFallbackZoneAsync(request.LocationId, cancellationToken);
        var templates = await templateProvider.GetSetAsync(request.Kind, cancellationToken);
        var rendered = new Dictionary<(string Language, string Zone), RenderedNotification>();

        var newNotifications = new List<Notification>();
        var newDeliveries = new List<NotificationEmailDelivery>();
        foreach (var userId in recipients)
        {
            prefs.TryGetValue(userId, out var pref);
            var language = templates.ChooseLanguage(pref?.Language);
            var zone = pref?.TimeZoneId is { } z && DateTimeZoneProviders.Tzdb.GetZoneOrNull(z) is not null ? z : fallbackZone;
            if (!rendered.TryGetValue((language, zone), out var text))
            {
                text = templates.Render(language, request.Model, zone);
                rendered[(language, zone)] = text;
            }

            if (!haveInApp.Contains(userId))
            {
                newNotifications.Add(new Notification(
                    guidGenerator.Create(), currentTenant.Id, userId, request.Kind, request.SourceKey, text.Title, text.Body,
                    request.LinkEntityType, request.LinkEntityId, now));
            }

            var optedOut = !NotificationCategories.IsTransactional(category) && pref is not null && pref.GetEmailOptOuts().Contains(category);
            if (!haveEmail.Contains(userId) && !optedOut)
            {
                var deferUntil = NotificationQuietHours.DeferUntil(
                    now, pref?.QuietHoursStart, pref?.QuietHoursEnd, DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) ?? DateTimeZone.Utc);
                var delivery = new NotificationEmailDelivery(
                    guidGenerator.Create(), currentTenant.Id, userId, request.Kind, request.SourceKey, text.Title, text.Body, now, deferUntil);
                newDeliveries.Add(delivery);
            }
        }

        if (newNotifications.Count > 0)
        {
            await notifications.InsertManyAsync(newNotifications, cancellationToken);
        }

        if (newDeliveries.Count > 0)
        {
            await deliveries.InsertManyAsync(newDeliveries, cancellationToken);
            await QueueEmailJobsAsync(newDeliveries, now, cancellationToken);
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation(
                "Notification {Kind}: {InApp} in-app and {Emails} e-mail(s) for {Recipients} recipient(s).",
                request.Kind, newNotifications.Count, newDeliveries.Count, recipients.Count);
        }

        if (newNotifications.Count > 0)
        {
            await pusher.PushAsync(newNotifications, cancellationToken);
        }

        return newNotifications.Count;
    }

    /// <summary>
    /// Queues <see cref="NotificationEmailJob"/> for the new deliveries once the unit of work commits (at once without one):
    /// one job for those to send now and one per distinct end of quiet hours, delayed to it, each of at most
    /// <see cref="NotificationConsts.MaxEmailsPerJob"/> deliveries. Nothing is queued on rollback.
    /// </summary>
    private async Task QueueEmailJobsAsync(List<NotificationEmailDelivery> newDeliveries, DateTime now, CancellationToken cancellationToken)
    {
        var jobsToQueue = newDeliveries
            .GroupBy(d => d.DeferredUntilUtc)
            .SelectMany(g => g.Select(d => d.Id).Chunk(NotificationConsts.MaxEmailsPerJob)
                .Select(ids => (Args: new NotificationEmailArgs(ids), Delay: g.Key is { } until && until > now ? until - now : (TimeSpan?)null)))
            .ToList();
        if (jobsToQueue.Count == 0)
        {
            return;
        }

        if (unitOfWorkManager.Current is { } unitOfWork)
        {
            var tenantId = currentTenant.Id;
            var tenantName = currentTenant.Name;
            unitOfWork.OnCompleted(async () =>
            {
                using (currentTenant.Change(tenantId, tenantName))
                {
                    foreach (var (args, delay) in jobsToQueue)
                    {
                        await jobs.EnqueueAsync(args, delay, cancellationToken: CancellationToken.None);
                    }
                }
            });
            return;
        }

        foreach (var (args, delay) in jobsToQueue)
        {
            await jobs.EnqueueAsync(args, delay, cancellationToken: cancellationToken);
        }
    }

    private async Task<string> GetFallbackZoneAsync(Guid? locationId, CancellationToken cancellationToken)
    {
        if (locationId is { } id && await locations.FindAsync(id, cancellationToken) is { } location &&
            DateTimeZoneProviders.Tzdb.GetZoneOrNull(location.TimeZoneId) is not null)
        {
            return location.TimeZoneId;
        }

        return await templateProvider.GetGymTimeZoneAsync();
    }

    private DateTime Now()
    {
        var ticks = clock.GetUtcNow().UtcTicks;
        return new DateTime(ticks - (ticks % 10), DateTimeKind.Utc);
    }
}
