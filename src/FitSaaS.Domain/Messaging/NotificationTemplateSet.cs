using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Messaging;

/// <summary>
/// The templates of one <see cref="NotificationKind"/> for a gym (ADR 0064): the languages it offers (the first is its
/// default language) and its overrides of the kind by language. Chooses, without further reads, the language of a member
/// and the template of a language.
/// </summary>
public sealed class NotificationTemplateSet
{
    private readonly Dictionary<string, NotificationTemplate> _overrides;

    /// <summary>Creates the set.</summary>
    /// <param name="kind">The notification kind.</param>
    /// <param name="languages">The offered languages (normalized, at least one; the first is the default).</param>
    /// <param name="overrides">The gym's overrides of <paramref name="kind"/> by lower-case language tag.</param>
    /// <exception cref="ArgumentException">No language.</exception>
    public NotificationTemplateSet(NotificationKind kind, IReadOnlyList<string> languages, IReadOnlyDictionary<string, NotificationTemplate> overrides)
    {
        ArgumentNullException.ThrowIfNull(languages);
        ArgumentNullException.ThrowIfNull(overrides);
        if (languages.Count == 0)
        {
            throw new ArgumentException("A gym offers at least one language.", nameof(languages));
        }

        Kind = kind;
        Languages = languages;
        _overrides = new Dictionary<string, NotificationTemplate>(overrides, StringComparer.Ordinal);
    }

    /// <summary>The notification kind.</summary>
    public NotificationKind Kind { get; }

    /// <summary>The languages the gym offers, its default first.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>The gym's default language (the first offered).</summary>
    public string DefaultLanguage => Languages[0];

    /// <summary>
    /// The language to notify in: <paramref name="preferred"/> (a member's preference, any case) when the gym offers it, else
    /// the gym's default language.
    /// </summary>
    public string ChooseLanguage(string? preferred) =>
        NotificationLanguages.Normalize(preferred) is { } language && Languages.Contains(language) ? language : DefaultLanguage;

    /// <summary>True when the gym overrides the kind's template in <paramref name="language"/>.</summary>
    public bool IsOverridden(string language) => _overrides.ContainsKey(language);

    /// <summary>
    /// The template for <paramref name="language"/>: the gym's override in it, else the library's default in it, else the
    /// gym's override in its default language, else the library's default in that language, else the library's English.
    /// </summary>
    public NotificationTemplate GetTemplate(string language) => Resolve(language).Template;

    /// <summary>The language of the template <see cref="GetTemplate"/> returns (differs from <paramref name="language"/> when it fell back).</summary>
    public string GetTemplateLanguage(string language) => Resolve(language).Language;

    /// <summary>
    /// Renders the template for <paramref name="language"/> (<see cref="GetTemplate"/>) in <paramref name="timeZoneId"/>. An
    /// override that no longer renders (it was validated when stored) falls back to the library's default of the language,
    /// so a notification is never lost to a gym's template.
    /// </summary>
    public RenderedNotification Render(string language, IReadOnlyDictionary<string, object?> model, string timeZoneId)
    {
        var (template, templateLanguage, isOverride) = Resolve(language);
        if (!isOverride)
        {
            return NotificationTemplateRenderer.Render(template, model, timeZoneId);
        }

        try
        {
            return NotificationTemplateRenderer.Render(template, model, timeZoneId);
        }
        catch (BusinessException e) when (e.Code == MessagingErrorCodes.InvalidTemplate)
        {
            return NotificationTemplateRenderer.Render(NotificationTemplateLibrary.Get(Kind, templateLanguage), model, timeZoneId);
        }
    }

    private (NotificationTemplate Template, string Language, bool IsOverride) Resolve(string language)
    {
        if (_overrides.TryGetValue(language, out var own))
        {
            return (own, language, true);
        }

        if (NotificationTemplateLibrary.Find(Kind, language) is { } library)
        {
            return (library, language, false);
        }

        if (_overrides.TryGetValue(DefaultLanguage, out var ownDefault))
        {
            return (ownDefault, DefaultLanguage, true);
        }

        return NotificationTemplateLibrary.Find(Kind, DefaultLanguage) is { } libraryDefault
            ? (libraryDefault, DefaultLanguage, false)
            : (NotificationTemplateLibrary.Get(Kind, NotificationConsts.DefaultLanguage), NotificationConsts.DefaultLanguage, false);
    }
}
