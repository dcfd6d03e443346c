namespace FitSaaS.Messaging;

/// <summary>Input of <see cref="IConversationAppService.SendMessageAsync"/>.</summary>
public sealed class SendConversationMessageDto
{
    /// <summary>Plain text; trimmed, then 1 to <see cref="ConversationConsts.MaxMessageLength"/> characters.</summary>
    public string? Text { get; init; }
}
