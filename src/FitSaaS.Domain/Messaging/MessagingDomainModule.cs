using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FitSaaS.Messaging;

/// <summary>
/// The Messaging module's aggregates, domain services and repository contracts: notifications (in-app and e-mail) and their
/// templates and preferences, announcements with receipts, and conversations with their messages.
/// </summary>
[DependsOn(typeof(MessagingDomainSharedModule), typeof(Identity.IdentityDomainModule), typeof(Bookings.BookingsDomainModule), typeof(Billing.BillingDomainModule), typeof(Forms.FormsDomainModule), typeof(SettingManagement.SettingManagementDomainModule))]
public sealed class MessagingDomainModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Notifications.
        context.Services.TryAddTransient<INotificationPusher, NullNotificationPusher>();
        context.Services.AddBackgroundJob<NotificationEmailJob, NotificationEmailArgs>();

        // Announcements.
        context.Services.AddBackgroundJob<AnnouncementDeliveryJob, AnnouncementDeliveryArgs>();
        context.Services.AddRecurringJob(
            AnnouncementDeliveryJob.ScheduleName, context.Configuration["Messaging:AnnouncementDeliveryCron"] ?? AnnouncementDeliveryJob.DefaultCron,
            new AnnouncementDeliveryArgs(), forEveryTenant: true);

        // Conversations.

        // Real time.
        context.Services.TryAddScoped<IMessagingRealtimePublisher, NullMessagingRealtimePublisher>();
    }
}
