using FitSaaS.Framework.Domain;

namespace FitSaaS.Messaging;

/// <summary>Blocks of the current tenant's conversations.</summary>
public interface IConversationBlockRepository : IRepository<ConversationBlock, Guid>
{
    /// <summary>The member's block in the conversation (tracked), or null.</summary>
    Task<ConversationBlock?> FindAsync(Guid conversationId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Of the given conversations, those the user is blocked from.</summary>
    Task<List<Guid>> GetBlockedConversationIdsAsync(Guid userId, IReadOnlyCollection<Guid> conversationIds, CancellationToken cancellationToken = default);

    /// <summary>The members blocked in the conversation.</summary>
    Task<List<Guid>> GetBlockedUserIdsAsync(Guid conversationId, CancellationToken cancellationToken = default);
}
