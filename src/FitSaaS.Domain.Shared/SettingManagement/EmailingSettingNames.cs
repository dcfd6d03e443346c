namespace FitSaaS.SettingManagement;

/// <summary>Names of the e-mail (SMTP) settings, tenant or global; the password is stored encrypted.</summary>
public static class EmailingSettingNames
{
    /// <summary>SMTP host name.</summary>
    public const string SmtpHost = Framework.Emailing.EmailSettingNames.SmtpHost;

    /// <summary>SMTP port (default 25).</summary>
    public const string SmtpPort = Framework.Emailing.EmailSettingNames.SmtpPort;

    /// <summary>SMTP user name.</summary>
    public const string SmtpUserName = Framework.Emailing.EmailSettingNames.SmtpUserName;

    /// <summary>SMTP password (encrypted at rest, never returned by the API).</summary>
    public const string SmtpPassword = Framework.Emailing.EmailSettingNames.SmtpPassword;

    /// <summary>Connection security: <c>None</c>, <c>StartTls</c> or <c>SslOnConnect</c>; empty (default) follows <see cref="SmtpEnableSsl"/>.</summary>
    public const string SmtpSecureSocket = Framework.Emailing.EmailSettingNames.SmtpSecureSocket;

    /// <summary>Use STARTTLS when <see cref="SmtpSecureSocket"/> is empty (default true).</summary>
    public const string SmtpEnableSsl = Framework.Emailing.EmailSettingNames.SmtpEnableSsl;

    /// <summary>Sender address of outgoing mail.</summary>
    public const string DefaultFromAddress = Framework.Emailing.EmailSettingNames.DefaultFromAddress;
}
