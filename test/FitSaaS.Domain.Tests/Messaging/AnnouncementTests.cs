using FitSaaS.Framework.Exceptions;
using FitSaaS.Messaging;

namespace FitSaaS.Domain.Tests.Messaging;

public sealed class AnnouncementTests
{
    private static readonly DateTime s_now = new(2026, 12, 7, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Draft_ScheduledThenPublishedAndDelivered_MovesThroughItsStatuses()
    {
        var a = NewDraft();

        a.Schedule(s_now.AddHours(1), s_now);
        var dueBefore = a.IsDue(s_now.AddMinutes(59));
        var dueAt = a.IsDue(s_now.AddHours(1));
        a.Publish(s_now.AddHours(1));
        a.RecordBatch(500);
        a.RecordBatch(20);
        a.CompleteDelivery(s_now.AddHours(1).AddSeconds(5));

        dueBefore.ShouldBeFalse();
        dueAt.ShouldBeTrue();
        a.Status.ShouldBe(AnnouncementStatus.Delivered);
        a.RecipientCount.ShouldBe(520);
        a.BatchCount.ShouldBe(2);
        a.PublishedAtUtc.ShouldBe(s_now.AddHours(1));
        a.DeliveredAtUtc.ShouldBe(s_now.AddHours(1).AddSeconds(5));
    }

    [Fact]
    public void Delivery_OfNobody_EndsCancelled()
    {
        var a = NewDraft();
        a.Publish(s_now);

        a.CompleteDelivery(s_now);

        a.Status.ShouldBe(AnnouncementStatus.Cancelled);
        a.DeliveredAtUtc.ShouldBeNull();
    }

    [Fact]
    public void Schedule_InThePastOrNow_IsRefused()
    {
        var a = NewDraft();

        Should.Throw<BusinessException>(() => a.Schedule(s_now, s_now)).Code.ShouldBe(MessagingErrorCodes.AnnouncementScheduleInPast);
        Should.Throw<BusinessException>(() => a.Schedule(s_now.AddSeconds(-1), s_now)).Code.ShouldBe(MessagingErrorCodes.AnnouncementScheduleInPast);
        a.Status.ShouldBe(AnnouncementStatus.Draft);
    }

    [Fact]
    public void Published_CannotBeChangedCancelledOrPublishedAgain()
    {
        var a = NewDraft();
        a.Publish(s_now);

        Should.Throw<BusinessException>(() => a.Change("T", "B", AnnouncementAudienceKind.All, null)).Code.ShouldBe(MessagingErrorCodes.AnnouncementNotDraft);
        Should.Throw<BusinessException>(() => a.Cancel(s_now)).Code.ShouldBe(MessagingErrorCodes.AnnouncementNotCancellable);
        Should.Throw<BusinessException>(() => a.Publish(s_now)).Code.ShouldBe(MessagingErrorCodes.AnnouncementNotPublishable);
        Should.Throw<BusinessException>(() => a.Schedule(s_now.AddDays(1), s_now)).Code.ShouldBe(MessagingErrorCodes.AnnouncementNotPublishable);
    }

    [Fact]
    public void Scheduled_CanBeCancelled_ThenNothingElse()
    {
        var a = NewDraft();
        a.Schedule(s_now.AddDays(1), s_now);

        a.Cancel(s_now);

        a.Status.ShouldBe(AnnouncementStatus.Cancelled);
        a.CancelledAtUtc.ShouldBe(s_now);
        a.IsDue(s_now.AddDays(2)).ShouldBeFalse();
        Should.Throw<BusinessException>(() => a.Publish(s_now)).Code.ShouldBe(MessagingErrorCodes.AnnouncementNotPublishable);
    }

    [Theory]
    [InlineData("", "body", AnnouncementAudienceKind.All, false)]
    [InlineData("   ", "body", AnnouncementAudienceKind.All, false)]
    [InlineData("title", "", AnnouncementAudienceKind.All, false)]
    [InlineData("title", "body", AnnouncementAudienceKind.Location, false)]
    [InlineData("title", "body", AnnouncementAudienceKind.All, true)]
    [InlineData("title", "body", (AnnouncementAudienceKind)42, false)]
    public void Create_Invalid_IsRefused(string title, string body, AnnouncementAudienceKind kind, bool withReference)
    {
        Should.Throw<ArgumentException>(() => new Announcement(Guid.NewGuid(), null, title, body, kind, withReference ? Guid.NewGuid() : null));
    }

    [Fact]
    public void Create_TooLongTitleOrBody_IsRefused_TheLimitsAreAccepted()
    {
        Should.Throw<ArgumentException>(() => new Announcement(Guid.NewGuid(), null, new string('t', AnnouncementConsts.MaxTitleLength + 1), "b", AnnouncementAudienceKind.All, null));
        Should.Throw<ArgumentException>(() => new Announcement(Guid.NewGuid(), null, "t", new string('b', AnnouncementConsts.MaxBodyLength + 1), AnnouncementAudienceKind.All, null));

        var a = new Announcement(Guid.NewGuid(), null, " " + new string('t', AnnouncementConsts.MaxTitleLength) + " ", new string('b', AnnouncementConsts.MaxBodyLength), AnnouncementAudienceKind.Plan, Guid.NewGuid());

        a.Title.Length.ShouldBe(AnnouncementConsts.MaxTitleLength);
        a.Status.ShouldBe(AnnouncementStatus.Draft);
    }

    [Fact]
    public void Receipt_MarkRead_KeepsTheFirstRead()
    {
        var r = new AnnouncementReceipt(Guid.NewGuid(), null, Guid.NewGuid(), Guid.NewGuid(), s_now);

        r.MarkRead(s_now.AddMinutes(1)).ShouldBeTrue();
        r.MarkRead(s_now.AddMinutes(2)).ShouldBeFalse();

        r.ReadAtUtc.ShouldBe(s_now.AddMinutes(1));
    }

    private static Announcement NewDraft() => new(Guid.NewGuid(), null, "Title", "Body", AnnouncementAudienceKind.All, null);
}
