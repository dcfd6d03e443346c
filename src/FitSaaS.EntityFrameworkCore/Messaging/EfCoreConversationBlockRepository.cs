using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Messaging;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Messaging;

/// <summary>EF Core <see cref="IConversationBlockRepository"/> (tenant filter applies).</summary>
public sealed class EfCoreConversationBlockRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, ConversationBlock>(dbContextProvider), IConversationBlockRepository
{
    /// <inheritdoc/>
    public async Task<ConversationBlock?> FindAsync(Guid conversationId, Guid userId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).FirstOrDefaultAsync(b => b.ConversationId == conversationId && b.UserId == userId, cancellationToken);

    /// <inheritdoc/>
    public async Task<List<Guid>> GetBlockedConversationIdsAsync(Guid userId, IReadOnlyCollection<Guid> conversationIds, CancellationToken cancellationToken = default) =>
        conversationIds.Count == 0 ? [] :
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(b => b.UserId == userId && conversationIds.Contains(b.ConversationId)).Select(b => b.ConversationId).ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<List<Guid>> GetBlockedUserIdsAsync(Guid conversationId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking().Where(b => b.ConversationId == conversationId).Select(b => b.UserId).ToListAsync(cancellationToken);
}
