namespace FitSaaS.Messaging;

/// <summary>Input of <see cref="IConversationAppService.BlockAsync"/> and <see cref="IConversationAppService.UnblockAsync"/>.</summary>
public sealed class BlockConversationMemberDto
{
    /// <summary>The member (user id).</summary>
    public Guid UserId { get; init; }
}
