namespace FitSaaS.Framework.Emailing;

/// <summary>Process-wide e-mail options (configuration section <c>Email</c>); the SMTP server itself comes from settings.</summary>
public sealed class EmailOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Email";

    /// <summary>
    /// Folder where messages are written as <c>.eml</c> files (one per message, named after its Message-Id) instead of being
    /// sent; development and tests read them there. Empty sends over SMTP with the <see cref="EmailSettingNames"/> settings.
    /// Relative paths are relative to the working directory. Default: <c>data/mail</c>.
    /// </summary>
    public string? PickupDirectory { get; set; } = "data/mail";

    /// <summary>
    /// Path of a certificate file (DER or PEM) that is accepted as the SMTP server's certificate even though it does not
    /// chain to a trusted root or name another host: a development server's self-signed certificate, such as
    /// <c>selfsigned-certificate.cer</c> in smtp4dev's data directory. Only that exact certificate is accepted besides the
    /// ones valid under the system's trust store. Empty (the default): the system's trust store only.
    /// </summary>
    public string? TrustedServerCertificate { get; set; }

    /// <summary>Time limit of each SMTP operation (connect, authenticate, send). Default 30 seconds.</summary>
    public TimeSpan SmtpTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
