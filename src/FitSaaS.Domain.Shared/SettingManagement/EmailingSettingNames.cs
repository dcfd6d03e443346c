namespace FitSaaS.SettingManagement;

/// <summary>Names of the e-mail (SMTP) settings, tenant or global; the password is stored encrypted.</summary>
public static class EmailingSettingNames
{
    /// <summary>SMTP host name.</summary>
    public const string SmtpHost = "Emailing.Smtp.Host";

    /// <summary>SMTP port (default 25).</summary>
    public const string SmtpPort = "Emailing.Smtp.Port";

    /// <summary>SMTP user name.</summary>
    public const string SmtpUserName = "Emailing.Smtp.UserName";

    /// <summary>SMTP password (encrypted at rest, never returned by the API).</summary>
    public const string SmtpPassword = "Emailing.Smtp.Password";

    /// <summary>Use TLS (default true).</summary>
    public const string SmtpEnableSsl = "Emailing.Smtp.EnableSsl";

    /// <summary>Sender address of outgoing mail.</summary>
    public const string DefaultFromAddress = "Emailing.DefaultFromAddress";
}
