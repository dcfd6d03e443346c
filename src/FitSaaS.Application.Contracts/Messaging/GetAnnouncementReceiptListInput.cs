using FitSaaS.Framework.Application;

namespace FitSaaS.Messaging;

/// <summary>An announcement's receipts: <c>?read=&amp;skipCount=&amp;maxResultCount=</c>; read ones first (earliest read first), then unread.</summary>
public sealed class GetAnnouncementReceiptListInput : PagedResultRequestDto
{
    /// <summary>Only read (true) or unread (false) receipts; null = all.</summary>
    public bool? Read { get; init; }
}
