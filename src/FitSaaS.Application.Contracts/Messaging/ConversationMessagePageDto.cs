namespace FitSaaS.Messaging;

/// <summary>One page of a conversation's messages, newest first.</summary>
public sealed class ConversationMessagePageDto
{
    /// <summary>The messages, newest first.</summary>
    public IReadOnlyList<ConversationMessageDto> Items { get; init; } = [];

    /// <summary>True when older messages (before the last item) remain within the requested window.</summary>
    public bool HasMore { get; init; }
}
