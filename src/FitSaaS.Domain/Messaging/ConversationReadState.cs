using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Messaging;

/// <summary>
/// How far one user has read one conversation (one row per user and conversation). A message is unread for the user when
/// somebody else sent it, it is not hidden, and it was sent after <see cref="LastReadAtUtc"/> (<see cref="IsUnread"/>); with no
/// row every such message of a direct conversation is unread. In a workout thread the row also says the user joined it (read
/// or posted): only joined threads count toward the user's unread conversations and receive real-time pushes.
/// </summary>
public sealed class ConversationReadState : AggregateRoot<Guid>, IMultiTenant
{
    private ConversationReadState()
    {
        // EF Core
    }

    /// <summary>Creates the read state of a user who has read nothing yet of the conversation.</summary>
    public ConversationReadState(Guid id, Guid? tenantId, Guid conversationId, Guid userId)
        : base(id)
    {
        TenantId = tenantId;
        ConversationId = conversationId;
        UserId = userId;
        LastReadAtUtc = DateTime.SpecifyKind(DateTime.UnixEpoch, DateTimeKind.Utc);
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The conversation.</summary>
    public Guid ConversationId { get; private set; }

    /// <summary>The user.</summary>
    public Guid UserId { get; private set; }

    /// <summary>Everything sent up to this instant (UTC) is read; the Unix epoch while nothing is.</summary>
    public DateTime LastReadAtUtc { get; private set; }

    /// <summary>The latest message read, when marked by message; null otherwise.</summary>
    public Guid? LastReadMessageId { get; private set; }

    /// <summary>Marks read everything up to <paramref name="upToUtc"/>; never moves backwards.</summary>
    /// <returns>True when the state moved.</returns>
    public bool MarkReadUpTo(DateTime upToUtc, Guid? messageId)
    {
        var upTo = MessagingTime.Utc(upToUtc);
        if (upTo <= LastReadAtUtc)
        {
            return false;
        }

        LastReadAtUtc = upTo;
        LastReadMessageId = messageId;
        return true;
    }

    /// <summary>True when <paramref name="message"/> counts as unread for this user.</summary>
    public bool IsUnread(ConversationMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.ConversationId == ConversationId && message.SenderUserId != UserId && !message.IsHidden && message.SentAtUtc > LastReadAtUtc;
    }
}
