using FitSaaS.Framework.Features;

namespace FitSaaS.Messaging;

/// <summary>Defines the Messaging features.</summary>
public sealed class MessagingFeatureDefinitionProvider : FeatureDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(IFeatureDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.AddGroup(MessagingFeatures.GroupName, "Messaging")
            .AddBoolean(MessagingFeatures.Enabled, defaultValue: false, "Messaging module", "Notifications, announcements, conversations and real-time delivery.");
    }
}
