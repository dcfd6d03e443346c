namespace FitSaaS.Messaging;

/// <summary>Where an announcement is in its life.</summary>
public enum AnnouncementStatus
{
    /// <summary>Being written; can be changed, published, scheduled or cancelled.</summary>
    Draft = 0,

    /// <summary>Waits for its scheduled instant; can be changed back by scheduling again, published now or cancelled.</summary>
    Scheduled = 1,

    /// <summary>Published: its recipients' receipts are being stored, batch by batch.</summary>
    Delivering = 2,

    /// <summary>Every recipient has a receipt.</summary>
    Delivered = 3,

    /// <summary>Cancelled before delivery (by staff, or at its scheduled instant when its audience matched nobody).</summary>
    Cancelled = 4,
}
