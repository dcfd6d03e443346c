using FitSaaS.Framework.Application;
using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Users;
using FitSaaS.Identity;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Messaging;

/// <inheritdoc cref="IConversationAppService"/>
[Authorize(MessagingPermissions.Conversations.Default)]
[RequiresFeature(MessagingFeatures.Enabled)]
public sealed class ConversationAppService(
    IConversationRepository conversations,
    IConversationMessageRepository messages,
    IConversationReadStateRepository readStates,
    IConversationBlockRepository blocks,
    ConversationManager manager,
    IMessagingRealtimePublisher realtime,
    IUserLookupService users,
    ICurrentUser currentUser,
    IPermissionChecker permissionChecker,
    TimeProvider clock) : ApplicationService, IConversationAppService
{
    private const string Moderate = MessagingPermissions.Conversations.Moderate;

    /// <inheritdoc/>
    public async Task<ConversationDto> CreateAsync(CreateConversationDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var me = Me();
        _ = Conversation.OrderPair(me, input.RecipientUserId);
        var recipient = await users.FindByIdAsync(input.RecipientUserId) ??
            throw new BusinessException(MessagingErrorCodes.RecipientNotFound, "The recipient is not a user of this gym.").WithData("recipientUserId", input.RecipientUserId);
        if (!await IsStaffAsync() && !IsStaffUser(recipient))
        {
            throw new BusinessException(MessagingErrorCodes.RecipientNotAllowed, "Members can start a conversation only with staff or coaches.")
                .WithData("recipientUserId", input.RecipientUserId);
        }

        var (conversation, _) = await manager.GetOrStartDirectAsync(me, recipient.Id, Now());
        return (await ToDtosAsync([conversation])).Single();
    }

    /// <inheritdoc/>
    public async Task<PagedResultDto<ConversationDto>> GetListAsync(GetConversationListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (items, total) = await conversations.GetListOfUserAsync(Me(), input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<ConversationDto>(total, await ToDtosAsync(items));
    }

    /// <inheritdoc/>
    public async Task<PagedResultDto<ConversationDto>> GetWorkoutThreadsAsync(GetWorkoutThreadListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (items, total) = await conversations.GetWorkoutThreadsAsync(input.FromDate, input.ToDate, input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<ConversationDto>(total, await ToDtosAsync(items));
    }

    /// <inheritdoc/>
    public async Task<ConversationDto> GetAsync(Guid id) => (await ToDtosAsync([await GetVisibleAsync(id)])).Single();

    /// <inheritdoc/>
    public async Task<ConversationMessagePageDto> GetMessagesAsync(Guid id, GetConversationMessagesInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var conversation = await GetVisibleAsync(id);
        DateTime? before = input.Before is { } b ? ToUtc(b) : null;
        DateTime? after = input.After is { } a ? ToUtc(a) : null;
        if (before is not null && after is not null && after >= before)
        {
            throw new BusinessException(MessagingErrorCodes.InvalidMessageCursor, "'after' must be before 'before'.");
        }

        var page = await messages.GetPageAsync(conversation.Id, before, after, await IsStaffAsync(), input.MaxResultCount + 1);
        var items = page.Take(input.MaxResultCount).ToList();
        var names = await users.GetUserNamesAsync(items.Select(m => m.SenderUserId).Distinct().ToList());
        return new ConversationMessagePageDto { Items = items.Select(m => ToDto(m, names)).ToList(), HasMore = page.Count > input.MaxResultCount };
    }

    /// <inheritdoc/>
    public async Task<ConversationMessageDto> SendMessageAsync(Guid id, SendConversationMessageDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var me = Me();
        var conversation = await GetVisibleAsync(id);
        var message = await manager.SendAsync(conversation, me, input.Text, Now());
        var names = await users.GetUserNamesAsync([me]);
        var dto = ToDto(message, names);

        // Pushed after commit (the publisher waits for the unit of work): direct → the other participant (staff reading another
        // pair's conversation are not participants); workout thread → everybody who joined it (read or posted).
        List<Guid> recipients = conversation.Kind == ConversationKind.Direct
            ? [conversation.ParticipantAId!.Value, conversation.ParticipantBId!.Value]
            : await readStates.GetUserIdsAsync(conversation.Id);
        recipients = recipients.Where(u => u != me).Distinct().ToList();
        if (recipients.Count > 0)
        {
            await realtime.PublishToUsersAsync(recipients, MessagingHubMethods.MessageReceived, dto);
            foreach (var recipient in recipients)
            {
                var (unread, _) = await messages.CountUnreadOfUserAsync(recipient);
                await realtime.PublishToUsersAsync([recipient], MessagingHubMethods.UnreadCountsChanged, new UnreadCountsDto { Conversations = unread });
            }
        }

        return dto;
    }

    /// <inheritdoc/>
    public async Task<ConversationDto> MarkReadAsync(Guid id, MarkConversationReadDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var me = Me();
        var conversation = await GetVisibleAsync(id);
        DateTime upTo;
        Guid? messageId = null;
        if (input.UpToMessageId is { } upToMessage)
        {
            var message = await messages.FindAsync(upToMessage);
            if (message is null || message.ConversationId != conversation.Id)
            {
                throw new EntityNotFoundException(typeof(ConversationMessage), upToMessage);
            }

            (upTo, messageId) = (message.SentAtUtc, message.Id);
        }
        else if (input.UpToUtc is { } instant)
        {
            upTo = ToUtc(instant);
        }
        else
        {
            var now = Now();
            upTo = conversation.LastMessageAtUtc is { } last && last > now ? last : now;
        }

        if (messageId is null && await messages.FindLatestAsync(conversation.Id, upTo, includeHidden: true) is { } latest)
        {
            messageId = latest.Id;
        }

        await manager.MarkReadAsync(conversation, me, upTo, messageId);
        var (unread, _) = await messages.CountUnreadOfUserAsync(me);
        await realtime.PublishToUsersAsync([me], MessagingHubMethods.UnreadCountsChanged, new UnreadCountsDto { Conversations = unread });
        return (await ToDtosAsync([conversation])).Single();
    }

    /// <inheritdoc/>
    public async Task<ConversationUnreadCountDto> GetUnreadCountAsync()
    {
        var (conversationCount, messageCount) = await messages.CountUnreadOfUserAsync(Me());
        return new ConversationUnreadCountDto { Conversations = conversationCount, Messages = messageCount };
    }

    /// <inheritdoc/>
    [Authorize(Moderate)]
    public async Task<ConversationMessageDto> HideMessageAsync(Guid id, Guid messageId)
    {
        var conversation = await GetVisibleAsync(id);
        var message = await messages.FindAsync(messageId);
        if (message is null || message.ConversationId != conversation.Id)
        {
            throw new EntityNotFoundException(typeof(ConversationMessage), messageId);
        }

        message.Hide(Me(), Now());
        await messages.UpdateAsync(message, autoSave: true);
        return ToDto(message, await users.GetUserNamesAsync([message.SenderUserId]));
    }

    /// <inheritdoc/>
    [Authorize(Moderate)]
    public async Task BlockAsync(Guid id, BlockConversationMemberDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var conversation = await GetVisibleAsync(id);
        var user = await users.FindByIdAsync(input.UserId) ??
            throw new BusinessException(MessagingErrorCodes.CannotBlockUser, "The user is not a member of this gym.").WithData("userId", input.UserId);
        await manager.BlockAsync(conversation, user.Id, IsStaffUser(user), Me(), Now());
    }

    /// <inheritdoc/>
    [Authorize(Moderate)]
    public async Task UnblockAsync(Guid id, BlockConversationMemberDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        await manager.UnblockAsync(await GetVisibleAsync(id), input.UserId);
    }

    /// <summary>Staff users and admins (coaches are staff): whom members may write to, and who cannot be blocked.</summary>
    private static bool IsStaffUser(UserLookupDto user) =>
        user.Roles.Any(r => string.Equals(r, IdentityConsts.StaffRole, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(r, IdentityConsts.AdminRole, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The conversation if the caller may read it: a workout thread, a direct conversation they take part in, or any with
    /// <c>Conversations.Moderate</c>; otherwise (and another gym's) it does not exist for them.
    /// </summary>
    private async Task<Conversation> GetVisibleAsync(Guid id)
    {
        var conversation = await conversations.FindAsync(id);
        if (conversation is null ||
            (conversation.Kind == ConversationKind.Direct && !conversation.IsParticipant(Me()) && !await IsStaffAsync()))
        {
            throw new EntityNotFoundException(typeof(Conversation), id);
        }

        return conversation;
    }

    private async Task<List<ConversationDto>> ToDtosAsync(IReadOnlyList<Conversation> list)
    {
        var me = Me();
        var ids = list.Select(c => c.Id).ToList();
        var latest = await messages.GetLatestAsync(ids, await IsStaffAsync());
        var unread = await messages.CountUnreadAsync(me, ids);
        var blocked = (await blocks.GetBlockedConversationIdsAsync(me, ids)).ToHashSet();
        var userIds = list.Select(c => c.OtherParticipant(me)).OfType<Guid>().Concat(latest.Values.Select(m => m.SenderUserId)).Distinct().ToList();
        var names = await users.GetUserNamesAsync(userIds);

        // A workout thread the caller never joined has no read state: its messages are not "unread" for them.
        var joined = new HashSet<Guid>();
        foreach (var thread in list.Where(c => c.Kind == ConversationKind.WorkoutThread && unread.ContainsKey(c.Id)))
        {
            if (await readStates.FindAsync(thread.Id, me) is not null)
            {
                joined.Add(thread.Id);
            }
        }

        return list.Select(c =>
        {
            var other = c.OtherParticipant(me);
            return new ConversationDto
            {
                Id = c.Id,
                Kind = c.Kind,
                ParticipantUserIds = c.Kind == ConversationKind.Direct ? [c.ParticipantAId!.Value, c.ParticipantBId!.Value] : [],
                OtherUserId = other,
                OtherUserName = other is { } o && names.TryGetValue(o, out var name) ? name : null,
                WorkoutId = c.WorkoutId,
                WorkoutDate = c.WorkoutDate,
                Title = c.Title,
                CreatedAtUtc = c.CreatedAtUtc,
                LastActivityAtUtc = c.LastActivityAtUtc,
                LastMessage = latest.TryGetValue(c.Id, out var last) ? ToDto(last, names) : null,
                UnreadCount = (c.Kind == ConversationKind.Direct || joined.Contains(c.Id)) && unread.TryGetValue(c.Id, out var n) ? n : 0,
                IsBlocked = blocked.Contains(c.Id),
            };
        }).ToList();
    }

    private static ConversationMessageDto ToDto(ConversationMessage message, IReadOnlyDictionary<Guid, string> names) => new()
    {
        Id = message.Id,
        ConversationId = message.ConversationId,
        SenderUserId = message.SenderUserId,
        SenderUserName = names.TryGetValue(message.SenderUserId, out var name) ? name : null,
        Text = message.Text,
        SentAtUtc = message.SentAtUtc,
        IsHidden = message.IsHidden,
        HiddenAtUtc = message.HiddenAtUtc,
        IsErased = message.ErasedAtUtc is not null,
    };

    private Task<bool> IsStaffAsync() => permissionChecker.IsGrantedAsync(Moderate);

    private Guid Me() => currentUser.Id ?? throw new AuthorizationException("Conversations belong to a signed-in user.");

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Utc => value,
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
