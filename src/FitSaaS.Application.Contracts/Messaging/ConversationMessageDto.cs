namespace FitSaaS.Messaging;

/// <summary>One message of a conversation (also the payload of the hub's <see cref="MessagingHubMethods.MessageReceived"/>).</summary>
public sealed class ConversationMessageDto
{
    /// <summary>Id.</summary>
    public Guid Id { get; init; }

    /// <summary>The conversation.</summary>
    public Guid ConversationId { get; init; }

    /// <summary>The sender (user id).</summary>
    public Guid SenderUserId { get; init; }

    /// <summary>The sender's user name; null when unknown (a deleted user).</summary>
    public string? SenderUserName { get; init; }

    /// <summary>The text (plain, 1 to 2,000 characters; a placeholder once erased with its sender's personal data).</summary>
    public string Text { get; init; } = "";

    /// <summary>When it was sent (UTC, microseconds; unique and increasing within the conversation, the paging cursor).</summary>
    public DateTime SentAtUtc { get; init; }

    /// <summary>True when staff hid it (only staff see hidden messages).</summary>
    public bool IsHidden { get; init; }

    /// <summary>When it was hidden (UTC); null while visible.</summary>
    public DateTime? HiddenAtUtc { get; init; }

    /// <summary>True when the text was erased with its sender's personal data.</summary>
    public bool IsErased { get; init; }
}
