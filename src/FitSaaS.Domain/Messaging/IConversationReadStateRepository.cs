using FitSaaS.Framework.Domain;

namespace FitSaaS.Messaging;

/// <summary>Read states of the current tenant's conversations.</summary>
public interface IConversationReadStateRepository : IRepository<ConversationReadState, Guid>
{
    /// <summary>The user's read state of the conversation (tracked), or null.</summary>
    Task<ConversationReadState?> FindAsync(Guid conversationId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>The users with a read state of the conversation (who read or posted in it).</summary>
    Task<List<Guid>> GetUserIdsAsync(Guid conversationId, CancellationToken cancellationToken = default);
}
