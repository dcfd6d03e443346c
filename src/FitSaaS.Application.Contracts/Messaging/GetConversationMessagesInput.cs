using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Messaging;

/// <summary>
/// A page of a conversation's messages by time: <c>?before=&amp;after=&amp;maxResultCount=</c>, newest first. Older messages:
/// pass the last item's <see cref="ConversationMessageDto.SentAtUtc"/> as <see cref="Before"/>; newer ones (catching up): the
/// newest known one's as <see cref="After"/>.
/// </summary>
public sealed class GetConversationMessagesInput
{
    /// <summary>Only messages sent strictly before this UTC instant.</summary>
    public DateTime? Before { get; init; }

    /// <summary>Only messages sent strictly after this UTC instant.</summary>
    public DateTime? After { get; init; }

    /// <summary>Page size; default 50, between 1 and <see cref="ConversationConsts.MaxMessagesPerPage"/>.</summary>
    [Range(1, ConversationConsts.MaxMessagesPerPage)]
    public int MaxResultCount { get; init; } = 50;
}
