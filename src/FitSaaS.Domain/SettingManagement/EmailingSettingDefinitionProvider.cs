using FitSaaS.Framework.Settings;

namespace FitSaaS.SettingManagement;

/// <summary>Defines the e-mail (SMTP) settings; the password is encrypted.</summary>
public sealed class EmailingSettingDefinitionProvider : SettingDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(ISettingDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Add(
            new SettingDefinition(EmailingSettingNames.SmtpHost, "localhost", "SMTP host"),
            new SettingDefinition(EmailingSettingNames.SmtpPort, "25", "SMTP port"),
            new SettingDefinition(EmailingSettingNames.SmtpUserName, displayName: "SMTP user name"),
            new SettingDefinition(EmailingSettingNames.SmtpPassword, displayName: "SMTP password", isEncrypted: true),
            new SettingDefinition(EmailingSettingNames.SmtpSecureSocket, displayName: "SMTP connection security (None, StartTls, SslOnConnect; empty: from EnableSsl)"),
            new SettingDefinition(EmailingSettingNames.SmtpEnableSsl, "true", "SMTP uses STARTTLS (when SecureSocket is empty)"),
            new SettingDefinition(EmailingSettingNames.DefaultFromAddress, "noreply@fitsaas.local", "Sender address"));
    }
}
