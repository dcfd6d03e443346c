using FitSaaS.Framework.Settings;

namespace FitSaaS.AuditLogging;

/// <summary>
/// Defines the audit retention setting (global only: retention is a platform decision) and the switch that audits
/// successful reads (tenant or global: a tenant may need a full read trail).
/// </summary>
public sealed class AuditLoggingSettingDefinitionProvider : SettingDefinitionProvider
{
    /// <summary>Default retention in days.</summary>
    public const int DefaultRetentionDays = 90;

    /// <inheritdoc/>
    public override void Define(ISettingDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Add(new SettingDefinition(
            AuditLoggingSettingNames.RetentionDays,
            DefaultRetentionDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "Audit log retention (days)",
            providers: [SettingProviderNames.Global]));
        context.Add(new SettingDefinition(
            AuditLoggingSettingNames.IsEnabledForGetRequests,
            "false",
            "Audit successful reads (GET requests)",
            providers: [SettingProviderNames.Tenant, SettingProviderNames.Global]));
    }
}
