namespace FitSaaS.Framework.Emailing;

/// <summary>
/// Names of the settings the e-mail delivery reads (defined, with defaults, by the SettingManagement module; resolved
/// tenant → global → default in the tenant that queued the message, so a gym can use its own server).
/// </summary>
public static class EmailSettingNames
{
    /// <summary>SMTP server host name. Default <c>localhost</c>.</summary>
    public const string SmtpHost = "Emailing.Smtp.Host";

    /// <summary>SMTP port. Default <c>25</c>.</summary>
    public const string SmtpPort = "Emailing.Smtp.Port";

    /// <summary>SMTP user name (empty = no authentication).</summary>
    public const string SmtpUserName = "Emailing.Smtp.UserName";

    /// <summary>SMTP password (an encrypted setting; never logged, never put in job arguments).</summary>
    public const string SmtpPassword = "Emailing.Smtp.Password";

    /// <summary>
    /// How the connection is secured: <c>None</c>, <c>StartTls</c> or <c>SslOnConnect</c> (<see cref="SmtpSecureSocket"/>).
    /// Empty (the default): from <see cref="SmtpEnableSsl"/> — <c>true</c> is <c>StartTls</c>, <c>false</c> is <c>None</c>.
    /// </summary>
    public const string SmtpSecureSocket = "Emailing.Smtp.SecureSocket";

    /// <summary>
    /// Use TLS (STARTTLS) when <see cref="SmtpSecureSocket"/> is empty; <c>true</c> by default. Kept for settings stored before
    /// <see cref="SmtpSecureSocket"/> existed.
    /// </summary>
    public const string SmtpEnableSsl = "Emailing.Smtp.EnableSsl";

    /// <summary>Sender address (<c>From</c>). Default <c>noreply@fitsaas.local</c>.</summary>
    public const string DefaultFromAddress = "Emailing.DefaultFromAddress";
}
