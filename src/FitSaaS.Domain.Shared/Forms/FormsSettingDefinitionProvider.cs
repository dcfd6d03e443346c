using FitSaaS.Framework.Settings;

namespace FitSaaS.Forms;

/// <summary>Defines the Forms settings (tenant and global levels).</summary>
public sealed class FormsSettingDefinitionProvider : SettingDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(ISettingDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Add(new SettingDefinition(
            FormsSettingNames.AgeOfMajority, "18", "Age of majority (years)", isVisibleToClients: true,
            providers: [SettingProviderNames.Tenant, SettingProviderNames.Global]));
    }
}
