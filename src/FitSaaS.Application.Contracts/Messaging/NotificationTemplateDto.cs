namespace FitSaaS.Messaging;

/// <summary>The effective template of one notification kind in one language the gym offers.</summary>
public sealed class NotificationTemplateDto
{
    /// <summary>The notification kind.</summary>
    public NotificationKind Kind { get; init; }

    /// <summary>The language (lower-case BCP 47 tag, offered by the gym).</summary>
    public string Language { get; init; } = "";

    /// <summary>True when this is the gym's default language (the first offered).</summary>
    public bool IsDefaultLanguage { get; init; }

    /// <summary>The subject's (in-app title's) Liquid source.</summary>
    public string Subject { get; init; } = "";

    /// <summary>The plain-text body's Liquid source.</summary>
    public string Body { get; init; } = "";

    /// <summary>True when the gym overrides the library's default in <see cref="Language"/>.</summary>
    public bool IsOverridden { get; init; }

    /// <summary>
    /// The language of the template shown: <see cref="Language"/>, or the gym's default language (or <c>en</c>) when neither the
    /// gym nor the library has a template in <see cref="Language"/> (members are then notified with that one).
    /// </summary>
    public string TemplateLanguage { get; init; } = "";

    /// <summary>The variables the kind's templates may use (e.g. <c>session_start</c>), all text once rendered.</summary>
    public IReadOnlyList<string> Variables { get; init; } = [];
}
