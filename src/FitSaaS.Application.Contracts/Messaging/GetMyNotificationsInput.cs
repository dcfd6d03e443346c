using FitSaaS.Framework.Application;

namespace FitSaaS.Messaging;

/// <summary>A page of one's notifications: <c>?unreadOnly=&amp;skipCount=&amp;maxResultCount=</c> (at most 100); newest first.</summary>
public sealed class GetMyNotificationsInput : PagedResultRequestDto
{
    /// <summary>Only the unread ones (default false).</summary>
    public bool UnreadOnly { get; init; }
}
