using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Messaging;

/// <summary>
/// Starts conversations (one direct conversation per pair of users, one thread per workout and date), sends messages (checking
/// blocks, keeping the sent instants increasing, marking the sender's own message read) and moves read states. The caller
/// checked who may do it (participants, staff, the feature); changes are saved with the unit of work.
/// </summary>
public sealed class ConversationManager(
    IConversationRepository conversations,
    IConversationMessageRepository messages,
    IConversationReadStateRepository readStates,
    IConversationBlockRepository blocks,
    ICurrentTenant currentTenant,
    IGuidGenerator guidGenerator) : IDomainService
{
    /// <summary>The direct conversation of the two users, started now when they have none.</summary>
    /// <exception cref="BusinessException"><see cref="MessagingErrorCodes.CannotMessageSelf"/>.</exception>
    public async Task<(Conversation Conversation, bool Started)> GetOrStartDirectAsync(Guid userId, Guid otherUserId, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        _ = Conversation.OrderPair(userId, otherUserId);
        if (await conversations.FindDirectAsync(userId, otherUserId, cancellationToken) is { } existing)
        {
            return (existing, false);
        }

        var conversation = Conversation.StartDirect(guidGenerator.Create(), currentTenant.Id, userId, otherUserId, nowUtc);
        await conversations.InsertAsync(conversation, autoSave: true, cancellationToken);
        return (conversation, true);
    }

    /// <summary>The thread of a workout on a local date, started now when there is none; an existing one takes the new title.</summary>
    public async Task<Conversation> GetOrStartWorkoutThreadAsync(Guid workoutId, DateOnly date, string title, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        if (await conversations.FindWorkoutThreadAsync(workoutId, date, cancellationToken) is { } existing)
        {
            if (existing.Title != title.Trim())
            {
                existing.Rename(title);
                await conversations.UpdateAsync(existing, cancellationToken: cancellationToken);
            }

            return existing;
        }

        var thread = Conversation.StartWorkoutThread(guidGenerator.Create(), currentTenant.Id, workoutId, date, title, nowUtc);
        await conversations.InsertAsync(thread, autoSave: true, cancellationToken);
        return thread;
    }

    /// <summary>
    /// Sends a message to the conversation: checks the text and the sender's block, gives it the next sent instant and marks it
    /// read for its sender (who thereby joins a workout thread). The message is inserted and saved. The conversation is locked
    /// first (<see cref="IConversationRepository.LockAsync"/>, so a transactional unit of work is needed): concurrent senders to
    /// one conversation are serialised and each gets its own, increasing instant — none is refused.
    /// </summary>
    /// <exception cref="BusinessException">
    /// <see cref="MessagingErrorCodes.MessageEmpty"/>, <see cref="MessagingErrorCodes.MessageTooLong"/>,
    /// <see cref="MessagingErrorCodes.BlockedFromConversation"/>.
    /// </exception>
    public async Task<ConversationMessage> SendAsync(Conversation conversation, Guid senderUserId, string? text, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var normalized = ConversationMessage.NormalizeText(text);
        if (await blocks.FindAsync(conversation.Id, senderUserId, cancellationToken) is not null)
        {
            throw new BusinessException(MessagingErrorCodes.BlockedFromConversation, "You were blocked from this conversation.")
                .WithData("conversationId", conversation.Id);
        }

        conversation = await conversations.LockAsync(conversation.Id, cancellationToken);
        var sentAt = conversation.RecordMessage(nowUtc);
        var message = new ConversationMessage(guidGenerator.Create(), conversation.TenantId, conversation.Id, senderUserId, normalized, sentAt);
        await conversations.UpdateAsync(conversation, cancellationToken: cancellationToken);
        await messages.InsertAsync(message, cancellationToken: cancellationToken);
        await MarkReadAsync(conversation, senderUserId, sentAt, message.Id, cancellationToken);
        return message;
    }

    /// <summary>
    /// Marks the conversation read for the user up to <paramref name="upToUtc"/> (creating the user's read state, which joins a
    /// workout thread); never moves backwards. Saved with the unit of work.
    /// </summary>
    /// <returns>The user's read state.</returns>
    public async Task<ConversationReadState> MarkReadAsync(Conversation conversation, Guid userId, DateTime upToUtc, Guid? messageId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var state = await readStates.FindAsync(conversation.Id, userId, cancellationToken);
        if (state is null)
        {
            state = new ConversationReadState(guidGenerator.Create(), conversation.TenantId, conversation.Id, userId);
            state.MarkReadUpTo(upToUtc, messageId);
            await readStates.InsertAsync(state, autoSave: true, cancellationToken);
        }
        else if (state.MarkReadUpTo(upToUtc, messageId))
        {
            await readStates.UpdateAsync(state, autoSave: true, cancellationToken);
        }

        return state;
    }

    /// <summary>Blocks a member from the conversation (see <see cref="ConversationBlock.Create"/>); blocking again changes nothing.</summary>
    /// <exception cref="BusinessException"><see cref="MessagingErrorCodes.CannotBlockUser"/>.</exception>
    public async Task BlockAsync(Conversation conversation, Guid userId, bool userIsStaff, Guid byUserId, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var block = ConversationBlock.Create(guidGenerator.Create(), conversation, userId, userIsStaff, byUserId, nowUtc);
        if (await blocks.FindAsync(conversation.Id, userId, cancellationToken) is null)
        {
            await blocks.InsertAsync(block, autoSave: true, cancellationToken);
        }
    }

    /// <summary>Lifts a member's block; unblocking a member who is not blocked changes nothing.</summary>
    public async Task UnblockAsync(Conversation conversation, Guid userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (await blocks.FindAsync(conversation.Id, userId, cancellationToken) is { } block)
        {
            await blocks.DeleteAsync(block, autoSave: true, cancellationToken);
        }
    }
}
