using FitSaaS.Framework.Exceptions;
using FitSaaS.Messaging;

namespace FitSaaS.Domain.Tests.Messaging;

/// <summary>Conversations, messages, read states and blocks: validation, ordering, unread computation and block rules.</summary>
public sealed class ConversationTests
{
    private static readonly Guid s_tenantId = Guid.NewGuid();
    private static readonly Guid s_member = Guid.NewGuid();
    private static readonly Guid s_coach = Guid.NewGuid();
    private static readonly DateTime s_now = new(2026, 12, 7, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void StartDirect_EitherOrder_StoresTheSamePair_AndKnowsItsParticipants()
    {
        var one = Conversation.StartDirect(Guid.NewGuid(), s_tenantId, s_member, s_coach, s_now);
        var other = Conversation.StartDirect(Guid.NewGuid(), s_tenantId, s_coach, s_member, s_now);

        (one.ParticipantAId, one.ParticipantBId).ShouldBe((other.ParticipantAId, other.ParticipantBId));
        one.ParticipantAId!.Value.CompareTo(one.ParticipantBId!.Value).ShouldBeLessThan(0);
        one.Kind.ShouldBe(ConversationKind.Direct);
        one.IsParticipant(s_member).ShouldBeTrue();
        one.IsParticipant(Guid.NewGuid()).ShouldBeFalse();
        one.OtherParticipant(s_member).ShouldBe(s_coach);
        one.OtherParticipant(s_coach).ShouldBe(s_member);
        one.OtherParticipant(Guid.NewGuid()).ShouldBeNull();
        one.LastActivityAtUtc.ShouldBe(s_now);
        one.LastMessageAtUtc.ShouldBeNull();
    }

    [Fact]
    public void StartDirect_WithOneself_IsRefused()
    {
        Should.Throw<BusinessException>(() => Conversation.StartDirect(Guid.NewGuid(), s_tenantId, s_member, s_member, s_now))
            .Code.ShouldBe(MessagingErrorCodes.CannotMessageSelf);
    }

    [Fact]
    public void WorkoutThread_TrimsAndCutsItsTitle_AndHasNoParticipants()
    {
        var thread = Conversation.StartWorkoutThread(Guid.NewGuid(), s_tenantId, Guid.NewGuid(), new DateOnly(2026, 12, 7), "  Fran  ", s_now);
        thread.Title.ShouldBe("Fran");
        thread.IsParticipant(s_member).ShouldBeFalse();

        thread.Rename(new string('x', ConversationConsts.MaxTitleLength + 50));
        thread.Title!.Length.ShouldBe(ConversationConsts.MaxTitleLength);
        Should.Throw<ArgumentException>(() => thread.Rename("   "));
        Should.Throw<InvalidOperationException>(() => Conversation.StartDirect(Guid.NewGuid(), s_tenantId, s_member, s_coach, s_now).Rename("No"));
    }

    [Theory]
    [InlineData(null, MessagingErrorCodes.MessageEmpty)]
    [InlineData("", MessagingErrorCodes.MessageEmpty)]
    [InlineData("   \n\t ", MessagingErrorCodes.MessageEmpty)]
    public void NormalizeText_Empty_IsMessageEmpty(string? text, string code)
    {
        Should.Throw<BusinessException>(() => ConversationMessage.NormalizeText(text)).Code.ShouldBe(code);
    }

    [Fact]
    public void NormalizeText_TrimsAndAcceptsUpToTheMaximum_RefusesLonger()
    {
        ConversationMessage.NormalizeText("  hi  ").ShouldBe("hi");
        var longest = new string('a', ConversationConsts.MaxMessageLength);
        ConversationMessage.NormalizeText("  " + longest + "  ").ShouldBe(longest);

        var tooLong = Should.Throw<BusinessException>(() => ConversationMessage.NormalizeText(longest + "b"));
        tooLong.Code.ShouldBe(MessagingErrorCodes.MessageTooLong);
        Should.Throw<BusinessException>(() => ConversationMessage.NormalizeText(new string('m', 1024 * 1024))).Code.ShouldBe(MessagingErrorCodes.MessageTooLong);
    }

    [Fact]
    public void RecordMessage_SameOrEarlierInstant_MovesOneMicrosecondPastTheLatest()
    {
        var conversation = Conversation.StartDirect(Guid.NewGuid(), s_tenantId, s_member, s_coach, s_now);

        var first = conversation.RecordMessage(s_now.AddTicks(7));
        var second = conversation.RecordMessage(s_now);
        var third = conversation.RecordMessage(s_now.AddMinutes(1));

        first.ShouldBe(s_now); // truncated to whole microseconds
        second.ShouldBe(s_now.AddTicks(10));
        third.ShouldBe(s_now.AddMinutes(1));
        conversation.LastMessageAtUtc.ShouldBe(third);
        conversation.LastActivityAtUtc.ShouldBe(third);
    }

    [Fact]
    public void ReadState_CountsOnlyOthersVisibleMessagesAfterTheMark_AndNeverMovesBack()
    {
        var conversation = Conversation.StartDirect(Guid.NewGuid(), s_tenantId, s_member, s_coach, s_now);
        var state = new ConversationReadState(Guid.NewGuid(), s_tenantId, conversation.Id, s_member);
        var fromCoach = Message(conversation, s_coach, s_now.AddMinutes(1));
        var mine = Message(conversation, s_member, s_now.AddMinutes(2));
        var hidden = Message(conversation, s_coach, s_now.AddMinutes(3));
        hidden.Hide(s_coach, s_now.AddMinutes(4));
        var later = Message(conversation, s_coach, s_now.AddMinutes(5));

        state.IsUnread(fromCoach).ShouldBeTrue();
        state.IsUnread(mine).ShouldBeFalse();
        state.IsUnread(hidden).ShouldBeFalse();

        state.MarkReadUpTo(fromCoach.SentAtUtc, fromCoach.Id).ShouldBeTrue();
        state.IsUnread(fromCoach).ShouldBeFalse();
        state.IsUnread(later).ShouldBeTrue();
        state.LastReadMessageId.ShouldBe(fromCoach.Id);

        state.MarkReadUpTo(s_now, null).ShouldBeFalse();
        state.LastReadAtUtc.ShouldBe(fromCoach.SentAtUtc);
        state.MarkReadUpTo(later.SentAtUtc, later.Id).ShouldBeTrue();
        state.IsUnread(later).ShouldBeFalse();
    }

    [Fact]
    public void HideAndErase_AreIdempotent_EraseKeepsTheRowWithAPlaceholder()
    {
        var conversation = Conversation.StartDirect(Guid.NewGuid(), s_tenantId, s_member, s_coach, s_now);
        var message = Message(conversation, s_member, s_now);

        message.Hide(s_coach, s_now.AddMinutes(1));
        message.Hide(Guid.NewGuid(), s_now.AddMinutes(2));
        message.IsHidden.ShouldBeTrue();
        message.HiddenByUserId.ShouldBe(s_coach);
        message.HiddenAtUtc.ShouldBe(s_now.AddMinutes(1));

        message.Erase(s_now.AddDays(1)).ShouldBeTrue();
        message.Erase(s_now.AddDays(2)).ShouldBeFalse();
        message.Text.ShouldBe(ConversationConsts.ErasedMessageText);
        message.SenderUserId.ShouldBe(s_member);
        message.ErasedAtUtc.ShouldBe(s_now.AddDays(1));
    }

    [Fact]
    public void Block_OnlyAMemberTakingPart_NeverStaffOrOneself()
    {
        var direct = Conversation.StartDirect(Guid.NewGuid(), s_tenantId, s_member, s_coach, s_now);
        var thread = Conversation.StartWorkoutThread(Guid.NewGuid(), s_tenantId, Guid.NewGuid(), new DateOnly(2026, 12, 7), "Grace", s_now);
        var anotherMember = Guid.NewGuid();
        var staff = Guid.NewGuid();

        var block = ConversationBlock.Create(Guid.NewGuid(), direct, s_member, userIsStaff: false, staff, s_now);
        block.ConversationId.ShouldBe(direct.Id);
        block.UserId.ShouldBe(s_member);
        block.BlockedByUserId.ShouldBe(staff);
        block.TenantId.ShouldBe(s_tenantId);
        ConversationBlock.Create(Guid.NewGuid(), thread, anotherMember, userIsStaff: false, staff, s_now).UserId.ShouldBe(anotherMember);

        string Refused(Conversation c, Guid user, bool isStaff, Guid by) =>
            Should.Throw<BusinessException>(() => ConversationBlock.Create(Guid.NewGuid(), c, user, isStaff, by, s_now)).Code;
        Refused(direct, anotherMember, false, staff).ShouldBe(MessagingErrorCodes.CannotBlockUser);
        Refused(direct, s_coach, true, staff).ShouldBe(MessagingErrorCodes.CannotBlockUser);
        Refused(thread, staff, false, staff).ShouldBe(MessagingErrorCodes.CannotBlockUser);
    }

    private static ConversationMessage Message(Conversation conversation, Guid sender, DateTime at) =>
        new(Guid.NewGuid(), s_tenantId, conversation.Id, sender, "Text", conversation.RecordMessage(at));
}
