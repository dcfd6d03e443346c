
namespace FitSaaS.Messaging;

/// <summary>
/// Language tags of notifications: lower-case BCP 47 (<c>en</c>, <c>es</c>, <c>pt-br</c>), at most
/// <see cref="NotificationConsts.MaxLanguageLength"/> characters, and the tolerant reading of
/// <see cref="MessagingSettingNames.Languages"/>.
/// </summary>
public static class NotificationLanguages
{
    /// <summary>
    /// The tag trimmed and lower-cased when it is well formed (a 2–3 letter primary subtag, then subtags of 1–8 letters or
    /// digits separated by <c>-</c>, <c>_</c> read as <c>-</c>) and not longer than <see cref="NotificationConsts.MaxLanguageLength"/>; else null.
    /// </summary>
    public static string? Normalize(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var normalized = tag.Trim().Replace('_', '-').ToLowerInvariant();
        return normalized.Length <= NotificationConsts.MaxLanguageLength && IsTag(normalized) ? normalized : null;
    }

    /// <summary>
    /// The offered languages of a <see cref="MessagingSettingNames.Languages"/> value, in order, each once: malformed tags are
    /// skipped, and an empty, missing or wholly malformed value gives <c>[en]</c>. The first is the gym's default language.
    /// </summary>
    public static IReadOnlyList<string> Parse(string? value)
    {
        var languages = (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Normalize).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return languages.Count > 0 ? languages : [NotificationConsts.DefaultLanguage];
    }

    // ^[a-z]{2,3}(-[a-z0-9]{1,8})*$ (a BCP 47 primary language subtag and optional subtags), without a generated regex type.
    private static bool IsTag(string value)
    {
        var parts = value.Split('-');
        return parts[0].Length is >= 2 and <= 3 && parts[0].All(char.IsAsciiLetterLower)
            && parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)));
    }
}
