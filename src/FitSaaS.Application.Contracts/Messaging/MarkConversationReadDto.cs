namespace FitSaaS.Messaging;

/// <summary>
/// Input of <see cref="IConversationAppService.MarkReadAsync"/>: read up to a message (<see cref="UpToMessageId"/>), up to an
/// instant (<see cref="UpToUtc"/>), or, with neither, everything sent so far.
/// </summary>
public sealed class MarkConversationReadDto
{
    /// <summary>A message of the conversation: it and everything before it is read.</summary>
    public Guid? UpToMessageId { get; init; }

    /// <summary>Everything sent up to this UTC instant is read (ignored when <see cref="UpToMessageId"/> is given).</summary>
    public DateTime? UpToUtc { get; init; }
}
