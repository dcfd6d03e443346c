namespace FitSaaS.Messaging;

/// <summary>Input of <see cref="IConversationAppService.CreateAsync"/>: start (or get) the direct conversation with a user.</summary>
public sealed class CreateConversationDto
{
    /// <summary>The other user (of the caller's gym; for a member, a staff user or admin).</summary>
    public Guid RecipientUserId { get; init; }
}
