namespace FitSaaS.Messaging;

/// <summary>An announcement delivered to the caller.</summary>
public sealed class MyAnnouncementDto
{
    /// <summary>The announcement's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The title (plain text).</summary>
    public string Title { get; init; } = "";

    /// <summary>The body (plain text).</summary>
    public string Body { get; init; } = "";

    /// <summary>When it was published (UTC).</summary>
    public DateTime PublishedAtUtc { get; init; }

    /// <summary>When it was delivered to the caller (UTC).</summary>
    public DateTime DeliveredAtUtc { get; init; }

    /// <summary>True once the caller read it.</summary>
    public bool IsRead { get; init; }

    /// <summary>When the caller first read it (UTC); null while unread.</summary>
    public DateTime? ReadAtUtc { get; init; }
}
