namespace FitSaaS.Messaging;

/// <summary>A conversation as the caller sees it, with its latest visible message and the caller's unread count.</summary>
public sealed class ConversationDto
{
    /// <summary>Id.</summary>
    public Guid Id { get; init; }

    /// <summary>Direct or workout thread.</summary>
    public ConversationKind Kind { get; init; }

    /// <summary>A direct conversation's two participants (user ids); empty for a workout thread.</summary>
    public IReadOnlyList<Guid> ParticipantUserIds { get; init; } = [];

    /// <summary>A direct conversation's other participant (seen by one of the two); null otherwise.</summary>
    public Guid? OtherUserId { get; init; }

    /// <summary>The other participant's user name; null when not a participant's view or unknown.</summary>
    public string? OtherUserName { get; init; }

    /// <summary>A workout thread's workout; null for a direct conversation.</summary>
    public Guid? WorkoutId { get; init; }

    /// <summary>A workout thread's local date (ISO yyyy-MM-dd); null for a direct conversation.</summary>
    public DateOnly? WorkoutDate { get; init; }

    /// <summary>A workout thread's title; null for a direct conversation.</summary>
    public string? Title { get; init; }

    /// <summary>When it was started (UTC).</summary>
    public DateTime CreatedAtUtc { get; init; }

    /// <summary>Its latest message's instant, else its start (UTC).</summary>
    public DateTime LastActivityAtUtc { get; init; }

    /// <summary>The latest message the caller may see; null when none.</summary>
    public ConversationMessageDto? LastMessage { get; init; }

    /// <summary>Messages unread by the caller (sent by others, not hidden, after the caller's read mark).</summary>
    public int UnreadCount { get; init; }

    /// <summary>True when staff blocked the caller from posting in it.</summary>
    public bool IsBlocked { get; init; }
}
