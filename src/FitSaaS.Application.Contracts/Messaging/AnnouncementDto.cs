namespace FitSaaS.Messaging;

/// <summary>An announcement as staff see it, with its counts.</summary>
public sealed class AnnouncementDto
{
    /// <summary>Its id.</summary>
    public Guid Id { get; init; }

    /// <summary>The title (plain text).</summary>
    public string Title { get; init; } = "";

    /// <summary>The body (plain text).</summary>
    public string Body { get; init; } = "";

    /// <summary>Who receives it.</summary>
    public AnnouncementAudienceKind AudienceKind { get; init; }

    /// <summary>The audience's location, class type or plan; null for the kinds without one.</summary>
    public Guid? AudienceReferenceId { get; init; }

    /// <summary>Where it is in its life.</summary>
    public AnnouncementStatus Status { get; init; }

    /// <summary>When it is (or was) to be published (UTC); null unless scheduled.</summary>
    public DateTime? ScheduledAtUtc { get; init; }

    /// <summary>When delivery started (UTC); null before.</summary>
    public DateTime? PublishedAtUtc { get; init; }

    /// <summary>When delivery ended (UTC); null before.</summary>
    public DateTime? DeliveredAtUtc { get; init; }

    /// <summary>When it was cancelled (UTC); null unless cancelled.</summary>
    public DateTime? CancelledAtUtc { get; init; }

    /// <summary>Recipients with a receipt so far.</summary>
    public int RecipientCount { get; init; }

    /// <summary>Recipients who read it (filled by the single read; 0 in lists).</summary>
    public int ReadCount { get; init; }

    /// <summary>The staff user who wrote it; null when seeded.</summary>
    public Guid? CreatedBy { get; init; }

    /// <summary>When it was written (UTC).</summary>
    public DateTime CreatedAtUtc { get; init; }
}
