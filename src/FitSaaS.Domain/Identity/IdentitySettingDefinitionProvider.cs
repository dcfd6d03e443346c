using FitSaaS.Framework.Settings;

namespace FitSaaS.Identity;

/// <summary>Defines the password-policy and lockout settings (tenant or global; never per user).</summary>
public sealed class IdentitySettingDefinitionProvider : SettingDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(ISettingDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Add(
            new SettingDefinition(IdentitySettingNames.RequiredLength, "6", "Minimum password length", isVisibleToClients: true),
            new SettingDefinition(IdentitySettingNames.RequireDigit, "true", "Password requires a digit", isVisibleToClients: true),
            new SettingDefinition(IdentitySettingNames.RequireUppercase, "true", "Password requires an upper-case letter", isVisibleToClients: true),
            new SettingDefinition(IdentitySettingNames.RequireLowercase, "true", "Password requires a lower-case letter", isVisibleToClients: true),
            new SettingDefinition(IdentitySettingNames.RequireNonAlphanumeric, "true", "Password requires a symbol", isVisibleToClients: true),
            new SettingDefinition(IdentitySettingNames.MaxFailedAccessAttempts, "5", "Failed sign-ins before lockout"),
            new SettingDefinition(IdentitySettingNames.LockoutDurationMinutes, "5", "Lockout duration (minutes)"));
    }
}
