using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.PersonalData;
using FitSaaS.Messaging;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Messaging;

/// <summary>
/// The conversations' part in a data subject request (<c>Messaging.Conversations</c>): the member's messages, read marks, blocks
/// and the direct conversations they take part in. Erasure replaces the text of every message they sent with
/// <see cref="ConversationConsts.ErasedMessageText"/> (pseudonymised: the rows stay, so the other side's thread keeps its order
/// and replies), deletes their read marks and blocks, and keeps the conversations themselves (they hold only user ids and
/// belong to the other participant too).
/// </summary>
public sealed class ConversationsPersonalDataHandler(IDbContextProvider<FitSaaSDbContext> dbContextProvider, TimeProvider clock)
    : IPersonalDataHandler, ITransientDependency
{
    /// <inheritdoc/>
    public string Area => "Messaging.Conversations";

    /// <inheritdoc/>
    public async Task<object?> ExportAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var dbContext = await dbContextProvider.GetDbContextAsync(typeof(ConversationMessage), cancellationToken);
        var messages = await dbContext.Set<ConversationMessage>().AsNoTracking()
            .Where(m => m.SenderUserId == memberId)
            .OrderBy(m => m.SentAtUtc).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.ConversationId, m.Text, m.SentAtUtc, m.HiddenAtUtc, m.ErasedAtUtc })
            .ToListAsync(cancellationToken);
        var conversations = await dbContext.Set<Conversation>().AsNoTracking()
            .Where(c => c.ParticipantAId == memberId || c.ParticipantBId == memberId)
            .OrderBy(c => c.CreatedAtUtc).ThenBy(c => c.Id)
            .Select(c => new { c.Id, OtherUserId = c.ParticipantAId == memberId ? c.ParticipantBId : c.ParticipantAId, c.CreatedAtUtc, c.LastMessageAtUtc })
            .ToListAsync(cancellationToken);
        var readMarks = await dbContext.Set<ConversationReadState>().AsNoTracking()
            .Where(r => r.UserId == memberId)
            .OrderBy(r => r.ConversationId)
            .Select(r => new { r.ConversationId, r.LastReadAtUtc, r.LastReadMessageId })
            .ToListAsync(cancellationToken);
        var blocks = await dbContext.Set<ConversationBlock>().AsNoTracking()
            .Where(b => b.UserId == memberId)
            .OrderBy(b => b.BlockedAtUtc)
            .Select(b => new { b.ConversationId, b.BlockedAtUtc })
            .ToListAsync(cancellationToken);
        if (messages.Count + conversations.Count + readMarks.Count + blocks.Count == 0)
        {
            return null;
        }

        return new { DirectConversations = conversations, Messages = messages, ReadMarks = readMarks, Blocks = blocks };
    }

    /// <inheritdoc/>
    public async Task<PersonalDataErasureResult> EraseAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var dbContext = await dbContextProvider.GetDbContextAsync(typeof(ConversationMessage), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var pseudonymised = 0;
        foreach (var message in await dbContext.Set<ConversationMessage>().Where(m => m.SenderUserId == memberId && m.ErasedAtUtc == null).ToListAsync(cancellationToken))
        {
            if (message.Erase(now))
            {
                pseudonymised++;
            }
        }

        await dbContext.SaveChangesAsync(cancellationToken);
        var deleted = await dbContext.Set<ConversationReadState>().Where(r => r.UserId == memberId).ExecuteDeleteAsync(cancellationToken);
        deleted += await dbContext.Set<ConversationBlock>().Where(b => b.UserId == memberId).ExecuteDeleteAsync(cancellationToken);
        var retained = await dbContext.Set<Conversation>().CountAsync(c => c.ParticipantAId == memberId || c.ParticipantBId == memberId, cancellationToken);
        return deleted + pseudonymised == 0
            ? PersonalDataErasureResult.Nothing
            : new PersonalDataErasureResult(deleted, pseudonymised, retained,
                retained > 0 ? "Direct conversations are kept for the other participant; they hold only user ids, the member's messages were replaced by a placeholder." : null);
    }
}
