using FitSaaS.Framework.Domain;

namespace FitSaaS.Messaging;

/// <summary>Messages of the current tenant's conversations.</summary>
public interface IConversationMessageRepository : IRepository<ConversationMessage, Guid>
{
    /// <summary>
    /// One page of a conversation, newest first, untracked: messages sent strictly before <paramref name="beforeUtc"/> and
    /// strictly after <paramref name="afterUtc"/> (each when given), hidden ones only when <paramref name="includeHidden"/>.
    /// </summary>
    Task<List<ConversationMessage>> GetPageAsync(
        Guid conversationId, DateTime? beforeUtc, DateTime? afterUtc, bool includeHidden, int maxResultCount, CancellationToken cancellationToken = default);

    /// <summary>The latest message of each given conversation (hidden ones only when <paramref name="includeHidden"/>), untracked.</summary>
    Task<Dictionary<Guid, ConversationMessage>> GetLatestAsync(IReadOnlyCollection<Guid> conversationIds, bool includeHidden, CancellationToken cancellationToken = default);

    /// <summary>The latest message of a conversation (hidden ones only when <paramref name="includeHidden"/>) sent at or before <paramref name="upToUtc"/>, untracked; null when none.</summary>
    Task<ConversationMessage?> FindLatestAsync(Guid conversationId, DateTime upToUtc, bool includeHidden, CancellationToken cancellationToken = default);

    /// <summary>Per given conversation, how many messages are unread for the user (see <see cref="ConversationReadState.IsUnread"/>); conversations with none are absent.</summary>
    Task<Dictionary<Guid, int>> CountUnreadAsync(Guid userId, IReadOnlyCollection<Guid> conversationIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// How many of the user's conversations (direct ones they take part in, workout threads they joined) have at least one unread
    /// message, and how many unread messages they hold in all.
    /// </summary>
    Task<(int Conversations, int Messages)> CountUnreadOfUserAsync(Guid userId, CancellationToken cancellationToken = default);
}
