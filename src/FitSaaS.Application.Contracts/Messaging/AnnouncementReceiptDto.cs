namespace FitSaaS.Messaging;

/// <summary>One recipient of an announcement: when it was delivered to them and when they read it.</summary>
public sealed class AnnouncementReceiptDto
{
    /// <summary>The recipient (a member's user id).</summary>
    public Guid UserId { get; init; }

    /// <summary>When it was delivered (UTC).</summary>
    public DateTime DeliveredAtUtc { get; init; }

    /// <summary>When they first read it (UTC); null while unread.</summary>
    public DateTime? ReadAtUtc { get; init; }
}
