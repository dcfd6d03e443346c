using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Messaging;

/// <summary>Maps the Messaging module's entities.</summary>
public static class MessagingModelBuilderExtensions
{
    /// <summary>Applies the Messaging module's entity configurations.</summary>
    public static void ConfigureMessaging(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        // Notifications.
        modelBuilder.ApplyConfiguration(new NotificationConfiguration());
        modelBuilder.ApplyConfiguration(new NotificationEmailDeliveryConfiguration());
        modelBuilder.ApplyConfiguration(new NotificationPreferenceConfiguration());

        // Announcements.
        modelBuilder.ApplyConfiguration(new AnnouncementConfiguration());
        modelBuilder.ApplyConfiguration(new AnnouncementReceiptConfiguration());

        // Conversations.
        modelBuilder.ApplyConfiguration(new ConversationConfiguration());
        modelBuilder.ApplyConfiguration(new ConversationMessageConfiguration());
        modelBuilder.ApplyConfiguration(new ConversationReadStateConfiguration());
        modelBuilder.ApplyConfiguration(new ConversationBlockConfiguration());

        // Templates.
        modelBuilder.ApplyConfiguration(new NotificationTemplateOverrideConfiguration());
    }
}
