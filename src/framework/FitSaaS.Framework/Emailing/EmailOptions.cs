namespace FitSaaS.Framework.Emailing;

/// <summary>Where e-mail goes in development. Configuration section <c>Email</c>.</summary>
public sealed class EmailOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Email";

    /// <summary>
    /// Folder where messages are written as <c>.eml</c> files instead of being sent (development and
    /// tests read them there); empty sends over SMTP with the <see cref="EmailSettingNames"/> settings.
    /// Default: <c>data/mail</c> relative to the working directory.
    /// </summary>
    public string? PickupDirectory { get; set; } = "data/mail";
}
