namespace FitSaaS.Framework.Emailing;

/// <summary>
/// Names of the settings <see cref="SmtpEmailSender"/> reads (defined, with defaults, by the
/// SettingManagement module; resolved tenant → global → default, so a gym can use its own server).
/// </summary>
public static class EmailSettingNames
{
    /// <summary>SMTP server host name.</summary>
    public const string SmtpHost = "Emailing.Smtp.Host";

    /// <summary>SMTP port.</summary>
    public const string SmtpPort = "Emailing.Smtp.Port";

    /// <summary>SMTP user name (empty = no authentication).</summary>
    public const string SmtpUserName = "Emailing.Smtp.UserName";

    /// <summary>SMTP password (an encrypted setting).</summary>
    public const string SmtpPassword = "Emailing.Smtp.Password";

    /// <summary>Use TLS (STARTTLS).</summary>
    public const string SmtpEnableSsl = "Emailing.Smtp.EnableSsl";

    /// <summary>Sender address.</summary>
    public const string DefaultFromAddress = "Emailing.DefaultFromAddress";
}
