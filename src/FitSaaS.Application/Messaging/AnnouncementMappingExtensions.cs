namespace FitSaaS.Messaging;

/// <summary>Maps announcements and receipts to their DTOs.</summary>
internal static class AnnouncementMappingExtensions
{
    public static AnnouncementDto ToDto(this Announcement a, int readCount = 0) => new()
    {
        Id = a.Id,
        Title = a.Title,
        Body = a.Body,
        AudienceKind = a.AudienceKind,
        AudienceReferenceId = a.AudienceReferenceId,
        Status = a.Status,
        ScheduledAtUtc = a.ScheduledAtUtc,
        PublishedAtUtc = a.PublishedAtUtc,
        DeliveredAtUtc = a.DeliveredAtUtc,
        CancelledAtUtc = a.CancelledAtUtc,
        RecipientCount = a.RecipientCount,
        ReadCount = readCount,
        CreatedBy = a.CreatorId,
        CreatedAtUtc = a.CreationTime,
    };

    public static AnnouncementReceiptDto ToDto(this AnnouncementReceipt r) => new()
    {
        UserId = r.UserId,
        DeliveredAtUtc = r.DeliveredAtUtc,
        ReadAtUtc = r.ReadAtUtc,
    };

    public static MyAnnouncementDto ToMyDto(this Announcement a, AnnouncementReceipt r) => new()
    {
        Id = a.Id,
        Title = a.Title,
        Body = a.Body,
        PublishedAtUtc = a.PublishedAtUtc ?? r.DeliveredAtUtc,
        DeliveredAtUtc = r.DeliveredAtUtc,
        IsRead = r.ReadAtUtc is not null,
        ReadAtUtc = r.ReadAtUtc,
    };
}
