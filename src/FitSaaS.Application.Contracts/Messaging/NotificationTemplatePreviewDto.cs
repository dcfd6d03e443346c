namespace FitSaaS.Messaging;

/// <summary>A template rendered with its kind's sample values (e.g. a session on 2026-01-15 18:00 UTC, 49.00 EUR) in the gym's zone.</summary>
public sealed class NotificationTemplatePreviewDto
{
    /// <summary>The notification kind.</summary>
    public NotificationKind Kind { get; init; }

    /// <summary>The language previewed.</summary>
    public string Language { get; init; } = "";

    /// <summary>The IANA zone local times were rendered in (the gym's Bookings default zone, else <c>UTC</c>).</summary>
    public string TimeZoneId { get; init; } = "";

    /// <summary>The rendered subject (the in-app title).</summary>
    public string Subject { get; init; } = "";

    /// <summary>The rendered plain-text body.</summary>
    public string Body { get; init; } = "";
}
