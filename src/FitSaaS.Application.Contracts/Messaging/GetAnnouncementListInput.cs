using FitSaaS.Framework.Application;

namespace FitSaaS.Messaging;

/// <summary>Staff's list of announcements: <c>?status=&amp;audienceKind=&amp;skipCount=&amp;maxResultCount=</c>; newest first.</summary>
public sealed class GetAnnouncementListInput : PagedResultRequestDto
{
    /// <summary>Only in this status.</summary>
    public AnnouncementStatus? Status { get; init; }

    /// <summary>Only to this kind of audience.</summary>
    public AnnouncementAudienceKind? AudienceKind { get; init; }
}
