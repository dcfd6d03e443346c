using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Messaging;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Messaging;

/// <summary>EF Core <see cref="IConversationMessageRepository"/> (tenant filter applies).</summary>
public sealed class EfCoreConversationMessageRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, ConversationMessage>(dbContextProvider), IConversationMessageRepository
{
    /// <inheritdoc/>
    public async Task<List<ConversationMessage>> GetPageAsync(
        Guid conversationId, DateTime? beforeUtc, DateTime? afterUtc, bool includeHidden, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var query = (await GetDbSetAsync(cancellationToken)).AsNoTracking().Where(m => m.ConversationId == conversationId);
        if (!includeHidden)
        {
            query = query.Where(m => m.HiddenAtUtc == null);
        }

        if (beforeUtc is { } before)
        {
            query = query.Where(m => m.SentAtUtc < before);
        }

        if (afterUtc is { } after)
        {
            query = query.Where(m => m.SentAtUtc > after);
        }

        return await query.OrderByDescending(m => m.SentAtUtc).ThenByDescending(m => m.Id).Take(maxResultCount).ToListAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<Dictionary<Guid, ConversationMessage>> GetLatestAsync(IReadOnlyCollection<Guid> conversationIds, bool includeHidden, CancellationToken cancellationToken = default)
    {
        if (conversationIds.Count == 0)
        {
            return [];
        }

        var set = await GetDbSetAsync(cancellationToken);
        var visible = includeHidden ? set : set.Where(m => m.HiddenAtUtc == null);
        var latest = await visible.AsNoTracking()
            .Where(m => conversationIds.Contains(m.ConversationId) &&
                m.SentAtUtc == visible.Where(o => o.ConversationId == m.ConversationId).Max(o => o.SentAtUtc))
            .ToListAsync(cancellationToken);
        return latest.GroupBy(m => m.ConversationId).ToDictionary(g => g.Key, g => g.OrderByDescending(m => m.Id).First());
    }

    /// <inheritdoc/>
    public async Task<ConversationMessage?> FindLatestAsync(Guid conversationId, DateTime upToUtc, bool includeHidden, CancellationToken cancellationToken = default)
    {
        var query = (await GetDbSetAsync(cancellationToken)).AsNoTracking().Where(m => m.ConversationId == conversationId && m.SentAtUtc <= upToUtc);
        if (!includeHidden)
        {
            query = query.Where(m => m.HiddenAtUtc == null);
        }

        return await query.OrderByDescending(m => m.SentAtUtc).ThenByDescending(m => m.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<Dictionary<Guid, int>> CountUnreadAsync(Guid userId, IReadOnlyCollection<Guid> conversationIds, CancellationToken cancellationToken = default)
    {
        if (conversationIds.Count == 0)
        {
            return [];
        }

        var counts = await (await UnreadOfAsync(userId, cancellationToken))
            .Where(m => conversationIds.Contains(m.ConversationId))
            .GroupBy(m => m.ConversationId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts.ToDictionary(c => c.Key, c => c.Count);
    }

    /// <inheritdoc/>
    public async Task<(int Conversations, int Messages)> CountUnreadOfUserAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var dbContext = await GetDbContextAsync(cancellationToken);
        var readStates = dbContext.Set<ConversationReadState>();
        var mine = dbContext.Set<Conversation>()
            .Where(c => c.ParticipantAId == userId || c.ParticipantBId == userId ||
                (c.Kind == ConversationKind.WorkoutThread && readStates.Any(r => r.ConversationId == c.Id && r.UserId == userId)))
            .Select(c => c.Id);
        var counts = await (await UnreadOfAsync(userId, cancellationToken))
            .Where(m => mine.Contains(m.ConversationId))
            .GroupBy(m => m.ConversationId)
            .Select(g => g.Count())
            .ToListAsync(cancellationToken);
        return (counts.Count, counts.Sum());
    }

    /// <summary>Messages unread for the user: sent by somebody else, not hidden, after the user's read state of their conversation (if any).</summary>
    private async Task<IQueryable<ConversationMessage>> UnreadOfAsync(Guid userId, CancellationToken cancellationToken)
    {
        var dbContext = await GetDbContextAsync(cancellationToken);
        var readStates = dbContext.Set<ConversationReadState>();
        return (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(m => m.SenderUserId != userId && m.HiddenAtUtc == null &&
                !readStates.Any(r => r.ConversationId == m.ConversationId && r.UserId == userId && r.LastReadAtUtc >= m.SentAtUtc));
    }
}
