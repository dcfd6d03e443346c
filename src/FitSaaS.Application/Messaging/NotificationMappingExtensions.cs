using System.Globalization;

namespace FitSaaS.Messaging;

/// <summary>Maps notifications and preferences to their DTOs.</summary>
internal static class NotificationMappingExtensions
{
    public static NotificationDto ToDto(this Notification n) => new()
    {
        Id = n.Id,
        Kind = n.Kind,
        Category = n.Category,
        Title = n.Title,
        Body = n.Body,
        LinkEntityType = n.LinkEntityType,
        LinkEntityId = n.LinkEntityId,
        CreatedAtUtc = n.CreatedAtUtc,
        ReadAtUtc = n.ReadAtUtc,
    };

    public static NotificationPreferenceDto ToDto(this NotificationPreference? p, Guid userId, IReadOnlyList<string> languages) => new()
    {
        UserId = userId,
        EmailOptOuts = p is null ? [] : p.GetEmailOptOuts().Order().ToList(),
        QuietHoursStart = p?.QuietHoursStart?.ToString("HH:mm", CultureInfo.InvariantCulture),
        QuietHoursEnd = p?.QuietHoursEnd?.ToString("HH:mm", CultureInfo.InvariantCulture),
        TimeZoneId = p?.TimeZoneId,
        Language = p?.Language,
        AvailableLanguages = languages,
    };
}
