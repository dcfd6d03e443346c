namespace FitSaaS.Messaging;

/// <summary>An in-app notification (also the payload of <see cref="MessagingHubMethods.NotificationReceived"/>).</summary>
public sealed class NotificationDto
{
    /// <summary>Its id.</summary>
    public Guid Id { get; init; }

    /// <summary>What it is about.</summary>
    public NotificationKind Kind { get; init; }

    /// <summary>Its opt-out category.</summary>
    public NotificationCategory Category { get; init; }

    /// <summary>The rendered title (plain text, in the member's language).</summary>
    public string Title { get; init; } = "";

    /// <summary>The rendered body (plain text).</summary>
    public string Body { get; init; } = "";

    /// <summary>The type of the entity it links to (<c>Booking</c>, <c>ClassSession</c>, <c>Invoice</c>, <c>Membership</c>, <c>Announcement</c>); null when none.</summary>
    public string? LinkEntityType { get; init; }

    /// <summary>The id of the entity it links to; null when none.</summary>
    public Guid? LinkEntityId { get; init; }

    /// <summary>When it was created (UTC).</summary>
    public DateTime CreatedAtUtc { get; init; }

    /// <summary>When it was read (UTC); null while unread.</summary>
    public DateTime? ReadAtUtc { get; init; }
}
