using FitSaaS.Framework.Exceptions;
using FitSaaS.Messaging;
using FitSaaS.Testing;

namespace FitSaaS.Application.Tests.Messaging;

public abstract class AnnouncementAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : AnnouncementAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : AnnouncementAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly AnnouncementsScenario _scenario = new(fixture);

    [Fact]
    public async Task Scheduled_ToOneLocation_ReachesExactlyItsMembersOnce_WhenTheDueJobRunsTwice()
    {
        var gym = await _scenario.NewGymAsync(downtownMembers: 3, uptownMembers: 2);
        var draft = await _scenario.CreateAsync(gym, AnnouncementAudienceKind.Location, gym.DowntownId, "Downtown closes early");
        var at = DateTime.UtcNow.AddHours(1);

        var scheduled = await _scenario.AsStaffAsync(gym, s => s.ScheduleAsync(draft.Id, new ScheduleAnnouncementDto { ScheduledAtUtc = at }));
        await _scenario.RunDeliveryJobAsync(gym.Tenant); // not due yet
        var before = await _scenario.AsStaffAsync(gym, s => s.GetAsync(draft.Id));
        await _scenario.RunDeliveryJobAsync(gym.Tenant, ahead: TimeSpan.FromHours(2));
        await _scenario.RunDeliveryJobAsync(gym.Tenant, ahead: TimeSpan.FromHours(2));

        scheduled.Status.ShouldBe(AnnouncementStatus.Scheduled);
        scheduled.ScheduledAtUtc!.Value.ShouldBe(at, TimeSpan.FromMilliseconds(1));
        before.Status.ShouldBe(AnnouncementStatus.Scheduled);
        before.RecipientCount.ShouldBe(0);
        var receipts = await _scenario.ReceiptsAsync(gym.Tenant, draft.Id);
        receipts.Select(r => r.UserId).ShouldBe(gym.DowntownMembers, ignoreOrder: true);
        (await _scenario.DeliveredEventsAsync(gym.Tenant, draft.Id)).Count.ShouldBe(1);
        var delivered = await _scenario.AsStaffAsync(gym, s => s.GetAsync(draft.Id));
        delivered.Status.ShouldBe(AnnouncementStatus.Delivered);
        delivered.RecipientCount.ShouldBe(3);
        delivered.ReadCount.ShouldBe(0);
        delivered.PublishedAtUtc.ShouldNotBeNull();
        delivered.DeliveredAtUtc.ShouldNotBeNull();
        delivered.CreatedBy.ShouldBe(gym.Coach);
        (await _scenario.AsMemberAsync(gym, gym.UptownMembers[0], s => s.GetListAsync(new GetMyAnnouncementListInput()))).TotalCount.ShouldBe(0);
        (await _scenario.AsMemberAsync(gym, gym.IdleMember, s => s.GetListAsync(new GetMyAnnouncementListInput()))).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task PublishNow_ToAll_MembersListReadAndStaffSeeReceipts()
    {
        var gym = await _scenario.NewGymAsync(downtownMembers: 1, uptownMembers: 1);
        var first = await _scenario.CreateAsync(gym, AnnouncementAudienceKind.All, title: "First");
        var second = await _scenario.CreateAsync(gym, AnnouncementAudienceKind.All, title: "Second");

        var published = await _scenario.AsStaffAsync(gym, s => s.PublishAsync(first.Id));
        await _scenario.RunDeliveryJobAsync(gym.Tenant, first.Id);
        await _scenario.AsStaffAsync(gym, s => s.PublishAsync(second.Id));
        await _scenario.RunDeliveryJobAsync(gym.Tenant, second.Id);
        await _scenario.RunDeliveryJobAsync(gym.Tenant, second.Id);

        published.Status.ShouldBe(AnnouncementStatus.Delivering);
        var member = gym.DowntownMembers[0];
        var mine = await _scenario.AsMemberAsync(gym, member, s => s.GetListAsync(new GetMyAnnouncementListInput()));
        mine.TotalCount.ShouldBe(2);
        mine.Items.Select(a => a.Title).ShouldBe(["Second", "First"]);
        mine.Items.ShouldAllBe(a => !a.IsRead);
        (await _scenario.AsMemberAsync(gym, member, s => s.GetAsync(first.Id))).IsRead.ShouldBeFalse();

        var read = await _scenario.AsMemberAsync(gym, member, s => s.ReadAsync(first.Id));
        await _scenario.AsMemberAsync<IMyAnnouncementAppService, bool>(gym, gym.IdleMember, async s => { await s.MarkReadAsync(first.Id); return true; });
        await _scenario.AsMemberAsync<IMyAnnouncementAppService, bool>(gym, gym.IdleMember, async s => { await s.MarkReadAsync(first.Id); return true; });

        read.IsRead.ShouldBeTrue();
        read.ReadAtUtc.ShouldNotBeNull();
        (await _scenario.AsMemberAsync(gym, member, s => s.GetListAsync(new GetMyAnnouncementListInput { UnreadOnly = true }))).Items.ShouldHaveSingleItem().Id.ShouldBe(second.Id);
        var counts = await _scenario.AsStaffAsync(gym, s => s.GetAsync(first.Id));
        counts.Status.ShouldBe(AnnouncementStatus.Delivered);
        counts.RecipientCount.ShouldBe(3);
        counts.ReadCount.ShouldBe(2);
        var readers = await _scenario.AsStaffAsync(gym, s => s.GetReceiptsAsync(first.Id, new GetAnnouncementReceiptListInput { Read = true }));
        readers.Items.Select(r => r.UserId).ShouldBe([member, gym.IdleMember], ignoreOrder: true);
        (await _scenario.AsStaffAsync(gym, s => s.GetReceiptsAsync(first.Id, new GetAnnouncementReceiptListInput()))).TotalCount.ShouldBe(3);
        (await _scenario.DeliveredEventsAsync(gym.Tenant, second.Id)).Count.ShouldBe(1);
        var list = await _scenario.AsStaffAsync(gym, s => s.GetListAsync(new GetAnnouncementListInput { Status = AnnouncementStatus.Delivered }));
        list.TotalCount.ShouldBe(2);
    }

    [Fact]
    public async Task Audience_MatchingNobody_IsRefusedOnPublishAndSchedule_AndNothingIsDelivered()
    {
        var gym = await _scenario.NewGymAsync(downtownMembers: 1, uptownMembers: 0);
        var draft = await _scenario.CreateAsync(gym, AnnouncementAudienceKind.Location, gym.UptownId);

        var publish = await Should.ThrowAsync<BusinessException>(() => _scenario.AsStaffAsync(gym, s => s.PublishAsync(draft.Id)));
        var schedule = await Should.ThrowAsync<BusinessException>(() => _scenario.AsStaffAsync(gym, s => s.ScheduleAsync(draft.Id, new ScheduleAnnouncementDto { ScheduledAtUtc = DateTime.UtcNow.AddDays(1) })));
        var inDebt = await _scenario.CreateAsync(gym, AnnouncementAudienceKind.InDebt);
        var debt = await Should.ThrowAsync<BusinessException>(() => _scenario.AsStaffAsync(gym, s => s.PublishAsync(inDebt.Id)));

        publish.Code.ShouldBe(MessagingErrorCodes.AudienceEmpty);
        schedule.Code.ShouldBe(MessagingErrorCodes.AudienceEmpty);
        debt.Code.ShouldBe(MessagingErrorCodes.AudienceEmpty);
        var after = await _scenario.AsStaffAsync(gym, s => s.GetAsync(draft.Id));
        after.Status.ShouldBe(AnnouncementStatus.Draft);
        after.RecipientCount.ShouldBe(0);
        (await _scenario.ReceiptsAsync(gym.Tenant, draft.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Audience_OfAnotherTenantsLocation_IsRefused_AndAnnouncementsAreIsolated()
    {
        var gym = await _scenario.NewGymAsync(downtownMembers: 1, uptownMembers: 0);
        var other = await _scenario.NewGymAsync(downtownMembers: 1, uptownMembers: 0);
        var mine = await _scenario.CreateAsync(gym, AnnouncementAudienceKind.All);

        var foreign = await Should.ThrowAsync<BusinessException>(() => _scenario.CreateAsync(gym, AnnouncementAudienceKind.Location, other.DowntownId));
        var unknownPlan = await Should.ThrowAsync<BusinessException>(() => _scenario.CreateAsync(gym, AnnouncementAudienceKind.Plan, Guid.NewGuid()));
        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.AsStaffAsync(other, s => s.GetAsync(mine.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.AsStaffAsync(other, s => s.PublishAsync(mine.Id)));
        await _scenario.AsStaffAsync(gym, s => s.PublishAsync(mine.Id));
        await _scenario.RunDeliveryJobAsync(gym.Tenant, mine.Id);
        await _scenario.RunDeliveryJobAsync(other.Tenant, mine.Id);

        foreign.Code.ShouldBe(MessagingErrorCodes.AudienceReferenceNotFound);
        unknownPlan.Code.ShouldBe(MessagingErrorCodes.AudienceReferenceNotFound);
        (await _scenario.AsStaffAsync(other, s => s.GetListAsync(new GetAnnouncementListInput()))).TotalCount.ShouldBe(0);
        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.AsMemberAsync(other, other.DowntownMembers[0], s => s.ReadAsync(mine.Id)));
        (await _scenario.AsMemberAsync(other, other.DowntownMembers[0], s => s.GetListAsync(new GetMyAnnouncementListInput()))).TotalCount.ShouldBe(0);
        (await _scenario.ReceiptsAsync(gym.Tenant, mine.Id)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Member_CannotManage_AndStatusRulesHold()
    {
        var gym = await _scenario.NewGymAsync(downtownMembers: 1, uptownMembers: 0);
        var member = gym.DowntownMembers[0];
        var draft = await _scenario.CreateAsync(gym, AnnouncementAudienceKind.All);

        await Should.ThrowAsync<AuthorizationException>(() => _scenario.AsMemberAsync<IAnnouncementAppService, AnnouncementDto>(gym, member, s => s.PublishAsync(draft.Id)));
        await Should.ThrowAsync<AuthorizationException>(() => _scenario.AsMemberAsync<IAnnouncementAppService, AnnouncementDto>(gym, member, s => s.CreateAsync(
            new CreateAnnouncementDto { Title = "Mine", Body = "Body", AudienceKind = AnnouncementAudienceKind.All })));
        var past = await Should.ThrowAsync<BusinessException>(() => _scenario.AsStaffAsync(gym, s => s.ScheduleAsync(draft.Id, new ScheduleAnnouncementDto { ScheduledAtUtc = DateTime.UtcNow.AddMinutes(-1) })));
        var cancelled = await _scenario.AsStaffAsync(gym, s => s.CancelAsync(draft.Id));
        var update = await Should.ThrowAsync<BusinessException>(() => _scenario.AsStaffAsync(gym, s => s.UpdateAsync(draft.Id, new UpdateAnnouncementDto { Title = "T", Body = "B", AudienceKind = AnnouncementAudienceKind.All })));
        var publish = await Should.ThrowAsync<BusinessException>(() => _scenario.AsStaffAsync(gym, s => s.PublishAsync(draft.Id)));
        var missingReference = await Should.ThrowAsync<FitSaaSValidationException>(() => _scenario.CreateAsync(gym, AnnouncementAudienceKind.Location));

        past.Code.ShouldBe(MessagingErrorCodes.AnnouncementScheduleInPast);
        cancelled.Status.ShouldBe(AnnouncementStatus.Cancelled);
        update.Code.ShouldBe(MessagingErrorCodes.AnnouncementNotDraft);
        publish.Code.ShouldBe(MessagingErrorCodes.AnnouncementNotPublishable);
        missingReference.ShouldNotBeNull();
    }
}
