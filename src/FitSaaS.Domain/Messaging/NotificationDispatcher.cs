using FitSaaS.Bookings;
using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Emailing;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Settings;
using FitSaaS.Identity;
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
/// tenant's Bookings default zone, else UTC); stores the in-app notification at once; creates the e-mail delivery unless the
/// member opted out of the kind's category (transactional categories cannot be opted out of) and queues it to the e-mail
/// sender (sent after the commit), or, inside the member's quiet hours, to <see cref="NotificationEmailJob"/> delayed to
/// their end; then pushes the new notifications. Logs carry counts, kinds and ids only, never addresses, names or bodies.
/// </summary>
public sealed class NotificationDispatcher(
    INotificationRepository notifications,
    INotificationEmailDeliveryRepository deliveries,
    INotificationPreferenceRepository preferences,
    NotificationTemplateProvider templateProvider,
    ILocationRepository locations,
    IIdentityUserReadRepository users,
    INotificationPusher pusher,
    IEmailSender emailSender,
    IBackgroundJobManager jobs,
    IFeatureChecker features,
    ISettingProvider settings,
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

        await SendOrDeferAsync(newDeliveries, now, cancellationToken);
        if (newNotifications.Count > 0)
        {
            await notifications.InsertManyAsync(newNotifications, cancellationToken);
        }

        if (newDeliveries.Count > 0)
        {
            await deliveries.InsertManyAsync(newDeliveries, cancellationToken);
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

    /// <summary>Queues the immediate e-mails (sent after the commit) and schedules the deferred ones; marks the immediate ones queued.</summary>
    private async Task SendOrDeferAsync(List<NotificationEmailDelivery> newDeliveries, DateTime now, CancellationToken cancellationToken)
    {
        var immediate = newDeliveries.Where(d => d.DeferredUntilUtc is null).ToList();
        if (immediate.Count > 0)
        {
            var emails = immediate.Count == 1
                ? await users.GetEmailsAsync(immediate[0].RecipientUserId, cancellationToken)
                : await users.GetEmailsAsync(null, cancellationToken);
            foreach (var delivery in immediate)
            {
                if (emails.TryGetValue(delivery.RecipientUserId, out var email) && !string.IsNullOrWhiteSpace(email))
                {
                    await emailSender.SendAsync(new EmailMessage(email, delivery.Subject, delivery.Body), cancellationToken);
                    delivery.MarkQueued(now);
                }
                else
                {
                    delivery.MarkSkipped(now);
                }
            }
        }

        foreach (var delivery in newDeliveries.Where(d => d.DeferredUntilUtc is not null))
        {
            var delay = delivery.DeferredUntilUtc!.Value - now;
            await jobs.EnqueueAsync(new NotificationEmailArgs(delivery.Id), delay > TimeSpan.Zero ? delay : null, cancellationToken: cancellationToken);
        }
    }

    private async Task<string> GetFallbackZoneAsync(Guid? locationId, CancellationToken cancellationToken)
    {
        if (locationId is { } id && await locations.FindAsync(id, cancellationToken) is { } location &&
            DateTimeZoneProviders.Tzdb.GetZoneOrNull(location.TimeZoneId) is not null)
        {
            return location.TimeZoneId;
        }

        var tenantZone = await settings.GetOrNullAsync(BookingsSettingNames.DefaultTimeZone);
        return tenantZone is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(tenantZone) is not null ? tenantZone : "UTC";
    }

    private DateTime Now()
    {
        var ticks = clock.GetUtcNow().UtcTicks;
        return new DateTime(ticks - (ticks % 10), DateTimeKind.Utc);
    }
}
