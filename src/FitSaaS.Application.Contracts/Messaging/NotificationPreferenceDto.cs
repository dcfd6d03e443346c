namespace FitSaaS.Messaging;

/// <summary>A member's notification preferences (defaults when never set: no opt-outs, no quiet hours, no zone, English).</summary>
public sealed class NotificationPreferenceDto
{
    /// <summary>The member (user id).</summary>
    public Guid UserId { get; init; }

    /// <summary>Categories whose e-mails the member does not want (the transactional <c>Billing</c> and <c>Forms</c> are never listed).</summary>
    public IReadOnlyList<NotificationCategory> EmailOptOuts { get; init; } = [];

    /// <summary>Start of the quiet hours, local <c>HH:mm</c>; null = none.</summary>
    public string? QuietHoursStart { get; init; }

    /// <summary>End of the quiet hours, local <c>HH:mm</c> (before the start = over midnight); null = none.</summary>
    public string? QuietHoursEnd { get; init; }

    /// <summary>The member's IANA zone; null = the session location's or the gym's.</summary>
    public string? TimeZoneId { get; init; }

    /// <summary>The member's language; null = the gym's default language.</summary>
    public string? Language { get; init; }

    /// <summary>The languages the gym offers (<see cref="MessagingSettingNames.Languages"/>), its default first.</summary>
    public IReadOnlyList<string> AvailableLanguages { get; init; } = [];
}
