using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Messaging;

/// <summary>
/// One batch of an announcement's recipients was delivered (their receipts are stored): the notifications pipeline turns it
/// into one <see cref="NotificationKind.Announcement"/> notification per recipient. A large audience is delivered in several
/// batches, one event each; a batch delivered again (a job re-run) publishes the same <see cref="BatchNumber"/> and the
/// pipeline still notifies each recipient once.
/// </summary>
[EventName("Messaging.AnnouncementDelivered.v1")]
public sealed class AnnouncementDeliveredEto
{
    /// <summary>The announcement.</summary>
    public Guid AnnouncementId { get; init; }

    /// <summary>Its title (plain text).</summary>
    public string Title { get; init; } = "";

    /// <summary>Its body (plain text, at most the announcement's maximum length).</summary>
    public string Body { get; init; } = "";

    /// <summary>Zero-based number of this batch within the delivery.</summary>
    public int BatchNumber { get; init; }

    /// <summary>The users (members) of this batch.</summary>
    public IReadOnlyList<Guid> RecipientUserIds { get; init; } = [];

    /// <summary>When the announcement was published (UTC).</summary>
    public DateTime PublishedAtUtc { get; init; }
}
