using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Identity;
using FitSaaS.Messaging;
using FitSaaS.Programs;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Messaging;

/// <summary>Conversations: member–coach chat with moving unread counts, paging by time, moderation, workout threads, isolation, permissions.</summary>
public abstract class ConversationAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : ConversationAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : ConversationAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    [Fact]
    public async Task MemberAndCoach_Chat_UnreadCountsMove()
    {
        var gym = await NewGymAsync();

        var started = await AsMemberAsync(gym, gym.MemberA, s => s.CreateAsync(new CreateConversationDto { RecipientUserId = gym.Coach }));
        var again = await AsCoachAsync(gym, s => s.CreateAsync(new CreateConversationDto { RecipientUserId = gym.MemberA }));
        again.Id.ShouldBe(started.Id);
        started.Kind.ShouldBe(ConversationKind.Direct);
        started.OtherUserId.ShouldBe(gym.Coach);
        started.OtherUserName.ShouldBe("coach");
        started.ParticipantUserIds.ShouldBe([gym.MemberA, gym.Coach], ignoreOrder: true);
        started.LastMessage.ShouldBeNull();

        await AsMemberAsync(gym, gym.MemberA, s => s.SendMessageAsync(started.Id, new SendConversationMessageDto { Text = "  Hi coach  " }));
        var second = await AsMemberAsync(gym, gym.MemberA, s => s.SendMessageAsync(started.Id, new SendConversationMessageDto { Text = "Knee hurts on squats." }));
        second.SenderUserId.ShouldBe(gym.MemberA);
        second.SenderUserName.ShouldBe("member-a");

        (await UnreadAsync(gym, gym.Coach, IdentityConsts.StaffRole)).ShouldBe((1, 2));
        (await UnreadAsync(gym, gym.MemberA, IdentityConsts.MemberRole)).ShouldBe((0, 0));
        var coachList = await AsCoachAsync(gym, s => s.GetListAsync(new GetConversationListInput()));
        var row = coachList.Items.ShouldHaveSingleItem();
        row.UnreadCount.ShouldBe(2);
        row.LastMessage!.Text.ShouldBe("Knee hurts on squats.");
        row.OtherUserId.ShouldBe(gym.MemberA);

        var first = (await AsCoachAsync(gym, s => s.GetMessagesAsync(started.Id, new GetConversationMessagesInput()))).Items[^1];
        first.Text.ShouldBe("Hi coach");
        (await AsCoachAsync(gym, s => s.MarkReadAsync(started.Id, new MarkConversationReadDto { UpToMessageId = first.Id }))).UnreadCount.ShouldBe(1);
        (await UnreadAsync(gym, gym.Coach, IdentityConsts.StaffRole)).ShouldBe((1, 1));
        (await AsCoachAsync(gym, s => s.MarkReadAsync(started.Id, new MarkConversationReadDto()))).UnreadCount.ShouldBe(0);
        (await UnreadAsync(gym, gym.Coach, IdentityConsts.StaffRole)).ShouldBe((0, 0));

        await AsCoachAsync(gym, s => s.SendMessageAsync(started.Id, new SendConversationMessageDto { Text = "Squat to a box." }));
        (await UnreadAsync(gym, gym.MemberA, IdentityConsts.MemberRole)).ShouldBe((1, 1));
        (await UnreadAsync(gym, gym.Coach, IdentityConsts.StaffRole)).ShouldBe((0, 0));
        var memberView = await AsMemberAsync(gym, gym.MemberA, s => s.GetAsync(started.Id));
        memberView.UnreadCount.ShouldBe(1);
        memberView.LastMessage!.SenderUserId.ShouldBe(gym.Coach);
        (await UnreadAsync(gym, gym.MemberB, IdentityConsts.MemberRole)).ShouldBe((0, 0));
    }

    [Fact]
    public async Task Create_RecipientRules_AreClearCodes()
    {
        var gym = await NewGymAsync();
        var other = await NewGymAsync();

        async Task<string> CodeOf(Guid asUser, string role, Guid recipient) =>
            (await Should.ThrowAsync<BusinessException>(() => AsAsync(gym.Tenant.Id, asUser, role, s => s.CreateAsync(new CreateConversationDto { RecipientUserId = recipient })))).Code;

        (await CodeOf(gym.MemberA, IdentityConsts.MemberRole, gym.MemberB)).ShouldBe(MessagingErrorCodes.RecipientNotAllowed);
        (await CodeOf(gym.MemberA, IdentityConsts.MemberRole, Guid.NewGuid())).ShouldBe(MessagingErrorCodes.RecipientNotFound);
        (await CodeOf(gym.MemberA, IdentityConsts.MemberRole, other.Coach)).ShouldBe(MessagingErrorCodes.RecipientNotFound);
        (await CodeOf(gym.Coach, IdentityConsts.StaffRole, other.MemberA)).ShouldBe(MessagingErrorCodes.RecipientNotFound);
        (await CodeOf(gym.MemberA, IdentityConsts.MemberRole, gym.MemberA)).ShouldBe(MessagingErrorCodes.CannotMessageSelf);

        // Staff may start one with anybody of the gym, a member with the admin.
        (await AsCoachAsync(gym, s => s.CreateAsync(new CreateConversationDto { RecipientUserId = gym.MemberB }))).OtherUserId.ShouldBe(gym.MemberB);
        (await AsMemberAsync(gym, gym.MemberA, s => s.CreateAsync(new CreateConversationDto { RecipientUserId = gym.Tenant.AdminUserId }))).OtherUserId.ShouldBe(gym.Tenant.AdminUserId);
        (await AsMemberAsync(gym, gym.MemberA, s => s.GetListAsync(new GetConversationListInput()))).TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task Send_EmptyOrTooLong_IsRefusedWithItsCode_AndNothingIsStored()
    {
        var gym = await NewGymAsync();
        var conversation = await AsMemberAsync(gym, gym.MemberA, s => s.CreateAsync(new CreateConversationDto { RecipientUserId = gym.Coach }));

        async Task<string> CodeOf(string? text) =>
            (await Should.ThrowAsync<BusinessException>(() => AsMemberAsync(gym, gym.MemberA, s => s.SendMessageAsync(conversation.Id, new SendConversationMessageDto { Text = text })))).Code;

        (await CodeOf("   ")).ShouldBe(MessagingErrorCodes.MessageEmpty);
        (await CodeOf(null)).ShouldBe(MessagingErrorCodes.MessageEmpty);
        (await CodeOf(new string('x', ConversationConsts.MaxMessageLength + 1))).ShouldBe(MessagingErrorCodes.MessageTooLong);
        (await AsMemberAsync(gym, gym.MemberA, s => s.GetMessagesAsync(conversation.Id, new GetConversationMessagesInput()))).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Send_ByBothParticipantsAtOnce_EveryMessageIsStored_WithUniqueIncreasingInstants()
    {
        // Both sides typing at once must never refuse a message (a concurrency conflict used to answer 409 to all but one).
        var gym = await NewGymAsync();
        var conversation = await AsMemberAsync(gym, gym.MemberA, s => s.CreateAsync(new CreateConversationDto { RecipientUserId = gym.Coach }));
        const int Count = 8;

        var sent = await Task.WhenAll(Enumerable.Range(0, Count).Select(i => i % 2 == 0
            ? AsMemberAsync(gym, gym.MemberA, s => s.SendMessageAsync(conversation.Id, new SendConversationMessageDto { Text = $"m{i}" }))
            : AsCoachAsync(gym, s => s.SendMessageAsync(conversation.Id, new SendConversationMessageDto { Text = $"c{i}" }))));

        var stored = (await AsCoachAsync(gym, s => s.GetMessagesAsync(conversation.Id, new GetConversationMessagesInput { MaxResultCount = 50 }))).Items;
        stored.Select(m => m.Id).ShouldBe(sent.Select(m => m.Id), ignoreOrder: true);
        stored.Select(m => m.SentAtUtc).Distinct().Count().ShouldBe(Count);
        stored.Select(m => m.SentAtUtc).ShouldBe(stored.Select(m => m.SentAtUtc).OrderDescending());
        var row = (await AsCoachAsync(gym, s => s.GetListAsync(new GetConversationListInput()))).Items.ShouldHaveSingleItem();
        row.LastMessage!.Id.ShouldBe(stored[0].Id);
        row.UnreadCount.ShouldBe(stored.TakeWhile(m => m.SenderUserId != gym.Coach).Count()); // a sender has read up to their own message
    }

    [Fact]
    public async Task GetMessages_PagesByTime_NewestFirst_BeforeAndAfterCursors()
    {
        var gym = await NewGymAsync();
        var conversation = await AsCoachAsync(gym, s => s.CreateAsync(new CreateConversationDto { RecipientUserId = gym.MemberA }));
        for (var i = 1; i <= 5; i++)
        {
            await AsAsync(gym.Tenant.Id, i % 2 == 0 ? gym.Coach : gym.MemberA, i % 2 == 0 ? IdentityConsts.StaffRole : IdentityConsts.MemberRole,
                s => s.SendMessageAsync(conversation.Id, new SendConversationMessageDto { Text = $"m{i}" }));
        }

        var newest = await AsMemberAsync(gym, gym.MemberA, s => s.GetMessagesAsync(conversation.Id, new GetConversationMessagesInput { MaxResultCount = 2 }));
        newest.Items.Select(m => m.Text).ShouldBe(["m5", "m4"]);
        newest.HasMore.ShouldBeTrue();
        var older = await AsMemberAsync(gym, gym.MemberA, s => s.GetMessagesAsync(conversation.Id, new GetConversationMessagesInput { Before = newest.Items[^1].SentAtUtc, MaxResultCount = 2 }));
        older.Items.Select(m => m.Text).ShouldBe(["m3", "m2"]);
        var oldest = await AsMemberAsync(gym, gym.MemberA, s => s.GetMessagesAsync(conversation.Id, new GetConversationMessagesInput { Before = older.Items[^1].SentAtUtc, MaxResultCount = 2 }));
        oldest.Items.Select(m => m.Text).ShouldBe(["m1"]);
        oldest.HasMore.ShouldBeFalse();
        var newer = await AsMemberAsync(gym, gym.MemberA, s => s.GetMessagesAsync(conversation.Id, new GetConversationMessagesInput { After = older.Items[0].SentAtUtc }));
        newer.Items.Select(m => m.Text).ShouldBe(["m5", "m4"]);
        var window = await AsMemberAsync(gym, gym.MemberA, s => s.GetMessagesAsync(conversation.Id, new GetConversationMessagesInput { After = oldest.Items[0].SentAtUtc, Before = newest.Items[0].SentAtUtc }));
        window.Items.Select(m => m.Text).ShouldBe(["m4", "m3", "m2"]);
        newest.Items.Zip(newest.Items.Skip(1)).ShouldAllBe(p => p.First.SentAtUtc > p.Second.SentAtUtc);

        var invalid = await Should.ThrowAsync<BusinessException>(() => AsMemberAsync(gym, gym.MemberA, s => s.GetMessagesAsync(conversation.Id,
            new GetConversationMessagesInput { After = newest.Items[0].SentAtUtc, Before = oldest.Items[0].SentAtUtc })));
        invalid.Code.ShouldBe(MessagingErrorCodes.InvalidMessageCursor);
    }

    [Fact]
    public async Task HideAndBlock_StaffModerate_MembersSeeNoHiddenMessage_BlockedMemberCannotPost()
    {
        var gym = await NewGymAsync();
        var thread = await WorkoutThreadAsync(gym, "Fran");
        var rude = await AsMemberAsync(gym, gym.MemberA, s => s.SendMessageAsync(thread.Id, new SendConversationMessageDto { Text = "Rude words" }));
        await AsMemberAsync(gym, gym.MemberB, s => s.SendMessageAsync(thread.Id, new SendConversationMessageDto { Text = "Nice work" }));

        await Should.ThrowAsync<AuthorizationException>(() => AsMemberAsync(gym, gym.MemberB, s => s.HideMessageAsync(thread.Id, rude.Id)));
        var hidden = await AsCoachAsync(gym, s => s.HideMessageAsync(thread.Id, rude.Id));
        hidden.IsHidden.ShouldBeTrue();
        hidden.HiddenAtUtc.ShouldNotBeNull();
        (await AsMemberAsync(gym, gym.MemberB, s => s.GetMessagesAsync(thread.Id, new GetConversationMessagesInput()))).Items.Select(m => m.Text).ShouldBe(["Nice work"]);
        var staffView = (await AsCoachAsync(gym, s => s.GetMessagesAsync(thread.Id, new GetConversationMessagesInput()))).Items;
        staffView.Select(m => (m.Text, m.IsHidden)).ShouldBe([("Nice work", false), ("Rude words", true)]);
        await Should.ThrowAsync<EntityNotFoundException>(() => AsCoachAsync(gym, s => s.HideMessageAsync(thread.Id, Guid.NewGuid())));

        await Should.ThrowAsync<AuthorizationException>(() => AsMemberAsync(gym, gym.MemberB, async s => { await s.BlockAsync(thread.Id, new BlockConversationMemberDto { UserId = gym.MemberA }); return 0; }));
        await AsCoachAsync(gym, async s => { await s.BlockAsync(thread.Id, new BlockConversationMemberDto { UserId = gym.MemberA }); return 0; });
        await AsCoachAsync(gym, async s => { await s.BlockAsync(thread.Id, new BlockConversationMemberDto { UserId = gym.MemberA }); return 0; });
        var blocked = await Should.ThrowAsync<BusinessException>(() => AsMemberAsync(gym, gym.MemberA, s => s.SendMessageAsync(thread.Id, new SendConversationMessageDto { Text = "Sorry" })));
        blocked.Code.ShouldBe(MessagingErrorCodes.BlockedFromConversation);
        (await AsMemberAsync(gym, gym.MemberA, s => s.GetAsync(thread.Id))).IsBlocked.ShouldBeTrue();
        (await AsMemberAsync(gym, gym.MemberB, s => s.SendMessageAsync(thread.Id, new SendConversationMessageDto { Text = "Still here" }))).Text.ShouldBe("Still here");
        var staffBlock = await Should.ThrowAsync<BusinessException>(() => AsCoachAsync(gym, async s => { await s.BlockAsync(thread.Id, new BlockConversationMemberDto { UserId = gym.Tenant.AdminUserId }); return 0; }));
        staffBlock.Code.ShouldBe(MessagingErrorCodes.CannotBlockUser);

        await AsCoachAsync(gym, async s => { await s.UnblockAsync(thread.Id, new BlockConversationMemberDto { UserId = gym.MemberA }); return 0; });
        (await AsMemberAsync(gym, gym.MemberA, s => s.SendMessageAsync(thread.Id, new SendConversationMessageDto { Text = "Sorry" }))).Text.ShouldBe("Sorry");
        (await AsMemberAsync(gym, gym.MemberA, s => s.GetAsync(thread.Id))).IsBlocked.ShouldBeFalse();
    }

    [Fact]
    public async Task WorkoutPublishedEvent_StartsOneThreadPerWorkoutAndDate_MembersReadAndPost_UnreadOnlyOnceJoined()
    {
        var gym = await NewGymAsync();
        var workoutId = Guid.NewGuid();
        var date = new DateOnly(2026, 12, 7);
        var published = new WorkoutPublishedEto { PublishedWorkoutId = Guid.NewGuid(), TrackId = Guid.NewGuid(), Date = date, PublishedVersion = 1, WorkoutId = workoutId, Title = "Fran", VisibleFromUtc = DateTime.UtcNow };

        await HandleAsync(gym, published);
        await HandleAsync(gym, published);
        await HandleAsync(gym, new WorkoutPublishedEto { PublishedWorkoutId = Guid.NewGuid(), TrackId = published.TrackId, Date = date, PublishedVersion = 2, WorkoutId = workoutId, Title = "Fran (scaled too)", VisibleFromUtc = DateTime.UtcNow });
        await HandleAsync(gym, new WorkoutPublishedEto { PublishedWorkoutId = Guid.NewGuid(), TrackId = published.TrackId, Date = date.AddDays(1), PublishedVersion = 1, WorkoutId = workoutId, Title = "Fran", VisibleFromUtc = DateTime.UtcNow });

        var threads = await AsMemberAsync(gym, gym.MemberA, s => s.GetWorkoutThreadsAsync(new GetWorkoutThreadListInput()));
        threads.Items.Select(t => (t.WorkoutDate, t.Title, t.WorkoutId)).ShouldBe([(date.AddDays(1), "Fran", workoutId), (date, "Fran (scaled too)", workoutId)]);
        (await AsMemberAsync(gym, gym.MemberA, s => s.GetWorkoutThreadsAsync(new GetWorkoutThreadListInput { FromDate = date, ToDate = date }))).TotalCount.ShouldBe(1);
        var thread = threads.Items[1];
        (await AsMemberAsync(gym, gym.MemberA, s => s.GetListAsync(new GetConversationListInput()))).TotalCount.ShouldBe(0);

        await AsMemberAsync(gym, gym.MemberA, s => s.SendMessageAsync(thread.Id, new SendConversationMessageDto { Text = "4:12 Rx!" }));
        (await UnreadAsync(gym, gym.MemberB, IdentityConsts.MemberRole)).ShouldBe((0, 0));
        (await AsMemberAsync(gym, gym.MemberB, s => s.GetMessagesAsync(thread.Id, new GetConversationMessagesInput()))).Items.ShouldHaveSingleItem().Text.ShouldBe("4:12 Rx!");
        await AsMemberAsync(gym, gym.MemberB, s => s.MarkReadAsync(thread.Id, new MarkConversationReadDto()));
        await AsMemberAsync(gym, gym.MemberA, s => s.SendMessageAsync(thread.Id, new SendConversationMessageDto { Text = "Who's next?" }));

        (await UnreadAsync(gym, gym.MemberB, IdentityConsts.MemberRole)).ShouldBe((1, 1));
        var mine = await AsMemberAsync(gym, gym.MemberB, s => s.GetListAsync(new GetConversationListInput()));
        var row = mine.Items.ShouldHaveSingleItem();
        (row.Id, row.Kind, row.UnreadCount, row.LastMessage!.Text).ShouldBe((thread.Id, ConversationKind.WorkoutThread, 1, "Who's next?"));
        (await AsMemberAsync(gym, gym.MemberA, s => s.GetListAsync(new GetConversationListInput()))).Items.ShouldHaveSingleItem().UnreadCount.ShouldBe(0);
    }

    [Fact]
    public async Task Isolation_AnotherGymsConversationIsMissing_AndOthersDirectConversationToo()
    {
        var gym = await NewGymAsync();
        var other = await NewGymAsync();
        var conversation = await AsMemberAsync(gym, gym.MemberA, s => s.CreateAsync(new CreateConversationDto { RecipientUserId = gym.Coach }));
        await AsMemberAsync(gym, gym.MemberA, s => s.SendMessageAsync(conversation.Id, new SendConversationMessageDto { Text = "Private" }));

        await Should.ThrowAsync<EntityNotFoundException>(() => AsAsync(other.Tenant.Id, other.Coach, IdentityConsts.StaffRole, s => s.GetAsync(conversation.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsAsync(other.Tenant.Id, other.Coach, IdentityConsts.StaffRole, s => s.GetMessagesAsync(conversation.Id, new GetConversationMessagesInput())));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsAsync(other.Tenant.Id, other.MemberA, IdentityConsts.MemberRole, s => s.SendMessageAsync(conversation.Id, new SendConversationMessageDto { Text = "Hi" })));
        (await AsAsync(other.Tenant.Id, other.Coach, IdentityConsts.StaffRole, s => s.GetListAsync(new GetConversationListInput()))).TotalCount.ShouldBe(0);

        // Another member of the same gym: not a participant, so missing; staff of the gym may read it.
        await Should.ThrowAsync<EntityNotFoundException>(() => AsMemberAsync(gym, gym.MemberB, s => s.GetAsync(conversation.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsMemberAsync(gym, gym.MemberB, s => s.GetMessagesAsync(conversation.Id, new GetConversationMessagesInput())));
        (await AsAsync(gym.Tenant.Id, gym.Tenant.AdminUserId, IdentityConsts.AdminRole, s => s.GetMessagesAsync(conversation.Id, new GetConversationMessagesInput())))
            .Items.ShouldHaveSingleItem().Text.ShouldBe("Private");
    }

    [Fact]
    public async Task Permissions_FeatureOffOrNoPermission_AreRefused()
    {
        var free = await fixture.CreateTenantAsync(editionName: EditionNames.Free);
        var member = await fixture.CreateUserAsync(free.Id, "member-x", IdentityConsts.MemberRole);
        var off = await Should.ThrowAsync<BusinessException>(() => AsAsync(free.Id, member, IdentityConsts.MemberRole, s => s.GetListAsync(new GetConversationListInput())));
        off.Code.ShouldBe(FeatureErrorCodes.NotEnabled);

        var gym = await NewGymAsync();
        await Should.ThrowAsync<AuthorizationException>(() => AsAsync(gym.Tenant.Id, Guid.NewGuid(), "no-such-role", s => s.GetUnreadCountAsync()));
    }

    private async Task<ConversationDto> WorkoutThreadAsync(Gym gym, string title)
    {
        await HandleAsync(gym, new WorkoutPublishedEto
        {
            PublishedWorkoutId = Guid.NewGuid(), TrackId = Guid.NewGuid(), Date = DateOnly.FromDateTime(DateTime.UtcNow), PublishedVersion = 1,
            WorkoutId = Guid.NewGuid(), Title = title, VisibleFromUtc = DateTime.UtcNow,
        });
        return (await AsCoachAsync(gym, s => s.GetWorkoutThreadsAsync(new GetWorkoutThreadListInput()))).Items.Single(t => t.Title == title);
    }

    private async Task HandleAsync(Gym gym, WorkoutPublishedEto eventData)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(gym.Tenant.Id);
        await using var scope = fixture.CreateScope();
        var handler = scope.ServiceProvider.GetServices<IDistributedEventHandler<WorkoutPublishedEto>>().OfType<WorkoutThreadStarter>().Single();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        await handler.HandleEventAsync(eventData);
        await unitOfWork.CompleteAsync();
    }

    private async Task<(int Conversations, int Messages)> UnreadAsync(Gym gym, Guid userId, string role)
    {
        var counts = await AsAsync(gym.Tenant.Id, userId, role, s => s.GetUnreadCountAsync());
        return (counts.Conversations, counts.Messages);
    }

    private async Task<Gym> NewGymAsync()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Pro);
        var memberA = await fixture.CreateUserAsync(tenant.Id, "member-a", IdentityConsts.MemberRole);
        var memberB = await fixture.CreateUserAsync(tenant.Id, "member-b", IdentityConsts.MemberRole);
        var coach = await fixture.CreateUserAsync(tenant.Id, "coach", IdentityConsts.StaffRole);
        return new Gym(tenant, memberA, memberB, coach);
    }

    private Task<T> AsMemberAsync<T>(Gym gym, Guid memberId, Func<IConversationAppService, Task<T>> action) =>
        AsAsync(gym.Tenant.Id, memberId, IdentityConsts.MemberRole, action);

    private Task<T> AsCoachAsync<T>(Gym gym, Func<IConversationAppService, Task<T>> action) =>
        AsAsync(gym.Tenant.Id, gym.Coach, IdentityConsts.StaffRole, action);

    private async Task<T> AsAsync<T>(Guid? tenantId, Guid userId, string role, Func<IConversationAppService, Task<T>> action)
    {
        using var _ = fixture.RunAs(tenantId, userId, "test-user", role);
        await using var scope = fixture.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<IConversationAppService>());
    }

    private sealed record Gym(TestTenant Tenant, Guid MemberA, Guid MemberB, Guid Coach);
}
