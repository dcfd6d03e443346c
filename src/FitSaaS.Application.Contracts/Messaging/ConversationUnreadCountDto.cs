namespace FitSaaS.Messaging;

/// <summary>The caller's unread totals over their conversations (direct ones and joined workout threads).</summary>
public sealed class ConversationUnreadCountDto
{
    /// <summary>Conversations with at least one unread message.</summary>
    public int Conversations { get; init; }

    /// <summary>Unread messages in all.</summary>
    public int Messages { get; init; }
}
