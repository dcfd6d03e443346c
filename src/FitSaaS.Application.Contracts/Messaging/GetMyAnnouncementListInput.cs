using FitSaaS.Framework.Application;

namespace FitSaaS.Messaging;

/// <summary>The caller's announcements: <c>?unreadOnly=&amp;skipCount=&amp;maxResultCount=</c>; newest delivery first.</summary>
public sealed class GetMyAnnouncementListInput : PagedResultRequestDto
{
    /// <summary>Only the unread ones; default false.</summary>
    public bool UnreadOnly { get; init; }
}
