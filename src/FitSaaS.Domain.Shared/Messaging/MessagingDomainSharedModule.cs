using FitSaaS.FeatureManagement;
using FitSaaS.Framework;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Modularity;
using FitSaaS.Framework.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Messaging;

/// <summary>The Messaging module's constants, enums, error codes, feature definitions and distributed event types.</summary>
[DependsOn(typeof(FitSaaSFrameworkModule), typeof(FeatureManagementDomainSharedModule))]
public sealed class MessagingDomainSharedModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.Configure<ExceptionHttpStatusOptions>(options =>
        {
            // Notifications.
            options.Map(MessagingErrorCodes.InvalidTimeZone, 400)
                .Map(MessagingErrorCodes.UnsupportedLanguage, 400)
                .Map(MessagingErrorCodes.InvalidTemplate, 400);

            // Announcements.
            options
                .Map(MessagingErrorCodes.AudienceReferenceNotFound, 422)
                .Map(MessagingErrorCodes.AudienceEmpty, 422)
                .Map(MessagingErrorCodes.AnnouncementNotDraft, 409)
                .Map(MessagingErrorCodes.AnnouncementNotPublishable, 409)
                .Map(MessagingErrorCodes.AnnouncementNotCancellable, 409)
                .Map(MessagingErrorCodes.AnnouncementScheduleInPast, 422);

            // Conversations.
            options
                .Map(MessagingErrorCodes.MessageEmpty, 400)
                .Map(MessagingErrorCodes.MessageTooLong, 400)
                .Map(MessagingErrorCodes.InvalidMessageCursor, 400)
                .Map(MessagingErrorCodes.RecipientNotFound, 422)
                .Map(MessagingErrorCodes.RecipientNotAllowed, 422)
                .Map(MessagingErrorCodes.CannotMessageSelf, 422)
                .Map(MessagingErrorCodes.CannotBlockUser, 422)
                .Map(MessagingErrorCodes.BlockedFromConversation, 403);

            // Real time.
        });
        context.Services.Configure<DistributedEventOptions>(o =>
        {
            // Announcements.
            o.EventTypes.Add<AnnouncementDeliveredEto>();
        });
        context.Services.Configure<FeatureOptions>(o => o.DefinitionProviders.Add(typeof(MessagingFeatureDefinitionProvider)));
        context.Services.Configure<EditionDefaultsOptions>(o => o
            .Set(EditionNames.Free, MessagingFeatures.Enabled, "false")
            .Set(EditionNames.Studio, MessagingFeatures.Enabled, "false")
            .Set(EditionNames.Pro, MessagingFeatures.Enabled, "true"));

        // Templates.
        context.Services.Configure<SettingOptions>(o => o.DefinitionProviders.Add(typeof(MessagingSettingDefinitionProvider)));
    }
}
