using FitSaaS.Framework.Settings;

namespace FitSaaS.Messaging;

/// <summary>Defines the Messaging settings (tenant and global levels).</summary>
public sealed class MessagingSettingDefinitionProvider : SettingDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(ISettingDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Templates.
        context.Add(new SettingDefinition(
            MessagingSettingNames.Languages, NotificationConsts.DefaultLanguage, "Notification languages (comma-separated, the first is the default)",
            isVisibleToClients: true, providers: [SettingProviderNames.Tenant, SettingProviderNames.Global]));
    }
}
