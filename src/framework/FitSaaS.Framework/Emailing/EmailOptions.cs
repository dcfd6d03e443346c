namespace FitSaaS.Framework.Emailing;

/// <summary>How e-mail leaves the application. Configuration section <c>Email</c>.</summary>
public sealed class EmailOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Email";

    /// <summary>
    /// Folder where messages are written as <c>.eml</c> files instead of being sent (development and
    /// tests read them there); when set, <see cref="SmtpHost"/> is ignored. Default: <c>data/mail</c>
    /// relative to the working directory.
    /// </summary>
    public string? PickupDirectory { get; set; } = "data/mail";

    /// <summary>SMTP server host name; used when <see cref="PickupDirectory"/> is empty.</summary>
    public string? SmtpHost { get; set; }

    /// <summary>SMTP port; default 587 (submission with STARTTLS).</summary>
    public int SmtpPort { get; set; } = 587;

    /// <summary>Use TLS (STARTTLS); default true.</summary>
    public bool EnableSsl { get; set; } = true;

    /// <summary>SMTP user name, if the server needs one.</summary>
    public string? UserName { get; set; }

    /// <summary>SMTP password (a secret: set it through environment variables or a secret store, never the repository).</summary>
    public string? Password { get; set; }

    /// <summary>Sender address; default <c>no-reply@fitsaas.local</c>.</summary>
    public string From { get; set; } = "no-reply@fitsaas.local";
}
