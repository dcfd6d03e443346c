using FitSaaS.FeatureManagement;
using FitSaaS.Framework;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Modularity;
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

            // Conversations.

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
    }
}
