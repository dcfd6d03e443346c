namespace FitSaaS.Framework.Emailing;

/// <summary>
/// How the SMTP connection is secured: the values of the <see cref="EmailSettingNames.SmtpSecureSocket"/> setting
/// (case-insensitive).
/// </summary>
public enum SmtpSecureSocket
{
    /// <summary>Plain SMTP, no TLS (a local relay or a development server only).</summary>
    None = 0,

    /// <summary>Connect in plain text, then upgrade with <c>STARTTLS</c>; fails when the server does not offer it. Usually port 587 (or 25).</summary>
    StartTls = 1,

    /// <summary>TLS from the first byte ("implicit TLS", SMTPS). Usually port 465.</summary>
    SslOnConnect = 2,
}
