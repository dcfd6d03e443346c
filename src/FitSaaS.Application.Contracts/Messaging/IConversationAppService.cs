using FitSaaS.Framework.Application;

namespace FitSaaS.Messaging;

/// <summary>
/// Conversations (<c>/api/messaging/conversations</c>): 1:1 conversations between a member and staff (or two staff users), and
/// a thread per published workout and date that every member of the gym may read and post in. Members read their own direct
/// conversations; staff (<c>Conversations.Moderate</c>) read any conversation of the gym, see hidden messages flagged, hide
/// messages and block members. A conversation the caller may not read, or of another gym, is reported as missing. New messages
/// are pushed to the other participants' open hub connections after commit. Needs the <c>Messaging.Enabled</c> feature.
/// </summary>
public interface IConversationAppService : IApplicationService
{
    /// <summary>
    /// Starts the direct conversation with <see cref="CreateConversationDto.RecipientUserId"/>, or returns the existing one (one
    /// per pair of users).
    /// </summary>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>Messaging:RecipientNotFound</c> (unknown user, or of another gym), <c>Messaging:RecipientNotAllowed</c> (a member
    /// writing to a member), <c>Messaging:CannotMessageSelf</c>.
    /// </exception>
    Task<ConversationDto> CreateAsync(CreateConversationDto input);

    /// <summary>The caller's conversations (direct ones and workout threads they read or posted in), latest activity first.</summary>
    Task<PagedResultDto<ConversationDto>> GetListAsync(GetConversationListInput input);

    /// <summary>The gym's workout threads, latest date first (with the caller's unread counts of joined ones).</summary>
    Task<PagedResultDto<ConversationDto>> GetWorkoutThreadsAsync(GetWorkoutThreadListInput input);

    /// <summary>One conversation.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing, another gym's, or a direct conversation of others (for a member).</exception>
    Task<ConversationDto> GetAsync(Guid id);

    /// <summary>A page of the conversation's messages by time, newest first (hidden ones only for staff, flagged).</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">As for <see cref="GetAsync"/>.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Messaging:InvalidMessageCursor</c> when <c>after</c> is not before <c>before</c>.</exception>
    Task<ConversationMessagePageDto> GetMessagesAsync(Guid id, GetConversationMessagesInput input);

    /// <summary>Sends a message: <c>POST /api/messaging/conversations/{id}/messages</c>. It is read for its sender (who joins a workout thread).</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">As for <see cref="GetAsync"/>.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>Messaging:MessageEmpty</c>, <c>Messaging:MessageTooLong</c>, <c>Messaging:BlockedFromConversation</c>.
    /// </exception>
    [HttpApiRoute("{id}/messages")]
    Task<ConversationMessageDto> SendMessageAsync(Guid id, SendConversationMessageDto input);

    /// <summary>Marks the conversation read up to a message, an instant or now: <c>POST …/{id}/mark-read</c>; never moves backwards.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">As for <see cref="GetAsync"/>, or the message is not of the conversation.</exception>
    Task<ConversationDto> MarkReadAsync(Guid id, MarkConversationReadDto input);

    /// <summary>The caller's unread totals: <c>GET /api/messaging/conversations/unread-count</c>.</summary>
    Task<ConversationUnreadCountDto> GetUnreadCountAsync();

    /// <summary>Hides a message (staff): <c>POST …/{id}/messages/{messageId}/hide</c>; members no longer see it.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">The conversation or the message (of that conversation) is missing.</exception>
    [HttpApiRoute("{id}/messages/{messageId}/hide")]
    Task<ConversationMessageDto> HideMessageAsync(Guid id, Guid messageId);

    /// <summary>Blocks a member from posting in the conversation (staff): <c>POST …/{id}/block</c>; blocking again changes nothing.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">The conversation is missing.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Messaging:CannotBlockUser</c> (staff, oneself, not a participant of a direct conversation, unknown user).</exception>
    Task BlockAsync(Guid id, BlockConversationMemberDto input);

    /// <summary>Lifts a member's block (staff): <c>POST …/{id}/unblock</c>.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">The conversation is missing.</exception>
    Task UnblockAsync(Guid id, BlockConversationMemberDto input);
}
