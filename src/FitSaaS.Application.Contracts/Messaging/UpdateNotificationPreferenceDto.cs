using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Messaging;

/// <summary>
/// Replaces one's notification preferences. Quiet hours are two local times <c>HH:mm</c> (both or neither; equal = none);
/// a start after the end spans midnight. Opting out of a transactional category (<c>Billing</c>, <c>Forms</c>) is ignored.
/// </summary>
public sealed class UpdateNotificationPreferenceDto : IValidatableObject
{
    private const string TimePattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

    /// <summary>Categories whose e-mails one does not want.</summary>
    [MaxLength(16)]
    public IReadOnlyList<NotificationCategory> EmailOptOuts { get; init; } = [];

    /// <summary>Start of the quiet hours, local <c>HH:mm</c>; null = none.</summary>
    [RegularExpression(TimePattern, ErrorMessage = "Use a local time HH:mm (00:00 to 23:59).")]
    public string? QuietHoursStart { get; init; }

    /// <summary>End of the quiet hours, local <c>HH:mm</c>; null = none.</summary>
    [RegularExpression(TimePattern, ErrorMessage = "Use a local time HH:mm (00:00 to 23:59).")]
    public string? QuietHoursEnd { get; init; }

    /// <summary>An IANA zone (e.g. <c>Europe/Madrid</c>); null = the location's or the gym's. Unknown: <c>Messaging:InvalidTimeZone</c>.</summary>
    [StringLength(NotificationConsts.MaxTimeZoneIdLength)]
    public string? TimeZoneId { get; init; }

    /// <summary>A language the gym offers (<see cref="MessagingSettingNames.Languages"/>); null = the gym's default. Another: <c>Messaging:UnsupportedLanguage</c>.</summary>
    [StringLength(NotificationConsts.MaxLanguageLength)]
    public string? Language { get; init; }

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrEmpty(QuietHoursStart) != string.IsNullOrEmpty(QuietHoursEnd))
        {
            yield return new ValidationResult(
                "Give both the start and the end of the quiet hours, or neither.",
                [string.IsNullOrEmpty(QuietHoursStart) ? nameof(QuietHoursStart) : nameof(QuietHoursEnd)]);
        }

        if (EmailOptOuts.Any(c => !Enum.IsDefined(c)))
        {
            yield return new ValidationResult("Unknown category.", [nameof(EmailOptOuts)]);
        }
    }
}
