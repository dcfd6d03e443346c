using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Messaging;

/// <summary>
/// A member blocked by staff from posting in one conversation (a workout thread or a direct conversation): their sends are
/// refused with <see cref="MessagingErrorCodes.BlockedFromConversation"/>; they can still read. One row per conversation and
/// member; unblocking deletes it.
/// </summary>
public sealed class ConversationBlock : CreationAuditedAggregateRoot<Guid>, IMultiTenant
{
    private ConversationBlock()
    {
        // EF Core
    }

    /// <summary>
    /// Blocks <paramref name="userId"/> from <paramref name="conversation"/>: only a member can be blocked (never staff), and in a
    /// direct conversation only one of its participants.
    /// </summary>
    /// <exception cref="BusinessException"><see cref="MessagingErrorCodes.CannotBlockUser"/>.</exception>
    public static ConversationBlock Create(Guid id, Conversation conversation, Guid userId, bool userIsStaff, Guid blockedByUserId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (userIsStaff || userId == blockedByUserId || (conversation.Kind == ConversationKind.Direct && !conversation.IsParticipant(userId)))
        {
            throw new BusinessException(MessagingErrorCodes.CannotBlockUser, "Only a member taking part in the conversation can be blocked.")
                .WithData("userId", userId);
        }

        return new ConversationBlock(id, conversation.TenantId, conversation.Id, userId, blockedByUserId, nowUtc);
    }

    private ConversationBlock(Guid id, Guid? tenantId, Guid conversationId, Guid userId, Guid blockedByUserId, DateTime blockedAtUtc)
        : base(id)
    {
        TenantId = tenantId;
        ConversationId = conversationId;
        UserId = userId;
        BlockedByUserId = blockedByUserId;
        BlockedAtUtc = MessagingTime.Utc(blockedAtUtc);
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The conversation.</summary>
    public Guid ConversationId { get; private set; }

    /// <summary>The blocked member.</summary>
    public Guid UserId { get; private set; }

    /// <summary>The staff user who blocked them.</summary>
    public Guid BlockedByUserId { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTime BlockedAtUtc { get; private set; }
}
