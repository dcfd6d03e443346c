using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Messaging;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Messaging;

/// <summary>EF Core <see cref="IConversationReadStateRepository"/> (tenant filter applies).</summary>
public sealed class EfCoreConversationReadStateRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, ConversationReadState>(dbContextProvider), IConversationReadStateRepository
{
    /// <inheritdoc/>
    public async Task<ConversationReadState?> FindAsync(Guid conversationId, Guid userId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).FirstOrDefaultAsync(r => r.ConversationId == conversationId && r.UserId == userId, cancellationToken);

    /// <inheritdoc/>
    public async Task<List<Guid>> GetUserIdsAsync(Guid conversationId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking().Where(r => r.ConversationId == conversationId).Select(r => r.UserId).ToListAsync(cancellationToken);
}
