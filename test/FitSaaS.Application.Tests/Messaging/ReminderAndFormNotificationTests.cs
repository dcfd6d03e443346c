using FitSaaS.Application.Tests.Bookings;
using FitSaaS.Application.Tests.EventBus;
using FitSaaS.Application.Tests.Forms;
using FitSaaS.Bookings;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Forms;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Identity;
using FitSaaS.Messaging;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Messaging;

/// <summary>
/// From the issuing module's outbox to the member's notifications: a form issued by staff (<c>Forms.FormIssued.v1</c>) and the
/// check-in reminder job (<c>Bookings.BookingReminderDue.v1</c>) each notify the member once in-app and once by e-mail, also
/// when the event is delivered twice or the job runs again; a rescheduled session is reminded again.
/// </summary>
public abstract class ReminderAndFormNotificationTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : ReminderAndFormNotificationTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : ReminderAndFormNotificationTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly BookingsScenario _bookings = new(fixture);
    private readonly FormsEngineScenario _forms = new(fixture);
    private readonly LegalScenario _legal = new(fixture);

    [Fact]
    public async Task FormIssued_DeliveredTwice_OneFormToSignInAppAndOneEmail()
    {
        var gym = await _forms.NewGymAsync();
        var (form, _) = await _forms.PublishedFormAsync(gym, "Liability waiver", purpose: FormPurpose.General);
        var issued = await _forms.AsCoachAsync<IIssuedFormAppService, IssuedFormDto>(gym, s => s.CreateAsync(new IssueFormDto { FormId = form.Id, MemberId = gym.MemberA }));

        var issuedEvent = (await OutboxEvents.ReadAsync<FormIssuedEto>(fixture, gym.Tenant.Id, "Forms.FormIssued.v1")).ShouldHaveSingleItem();
        await HandleAsync(gym.Tenant.Id, issuedEvent);
        await HandleAsync(gym.Tenant.Id, issuedEvent);

        var notification = (await NotificationsAsync(gym.Tenant.Id, gym.MemberA)).ShouldHaveSingleItem();
        notification.Kind.ShouldBe(NotificationKind.FormToSign);
        notification.Category.ShouldBe(NotificationCategory.Forms);
        notification.Title.ShouldBe("Please sign: Liability waiver");
        notification.LinkEntityType.ShouldBe("IssuedForm");
        notification.LinkEntityId.ShouldBe(issued.Id);
        var delivery = (await DeliveriesAsync(gym.Tenant.Id, gym.MemberA)).ShouldHaveSingleItem();
        delivery.SourceKey.ShouldBe(NotificationSourceKeys.FormToSign(issued.Id));
        delivery.DeferredUntilUtc.ShouldBeNull(); // sent now by the job queued after the commit (ADR 0066)
        (await NotificationsAsync(gym.Tenant.Id, gym.MemberB)).ShouldBeEmpty();
    }

    [Fact]
    public async Task WaiverVersionAllMustResign_DeliveredTwice_OnePleaseSignForEachEarlierSigner_NoneForOthersOrOnlyNewSigners()
    {
        var gym = await _forms.NewGymAsync();
        var (document, v1) = await _legal.CreateDocumentAsync(gym.Tenant, LegalDocumentKind.LiabilityWaiver, "Barbell waiver", [LegalDocumentGates.Booking]);
        await _legal.SignAsync(gym.Tenant, gym.MemberA, v1);
        (await OutboxEvents.ReadAsync<LegalDocumentToSignEto>(fixture, gym.Tenant.Id, "Forms.LegalDocumentToSign.v1")).ShouldBeEmpty(); // a first version is met at the gate

        var v2 = await _legal.PublishAsync(gym.Tenant, document.Id, "# Barbell waiver\n\nVersion 2: chalk rules.", LegalResignPolicy.AllMustResign);

        var toSign = (await OutboxEvents.ReadAsync<LegalDocumentToSignEto>(fixture, gym.Tenant.Id, "Forms.LegalDocumentToSign.v1")).ShouldHaveSingleItem();
        toSign.MemberUserIds.ShouldBe([gym.MemberA]); // MemberB never signed: the booking gate asks them
        toSign.VersionId.ShouldBe(v2.Id);
        toSign.VersionNumber.ShouldBe(2);
        toSign.Batch.ShouldBe(1);
        toSign.Title.ShouldBe("Barbell waiver");
        toSign.Kind.ShouldBe(LegalDocumentKind.LiabilityWaiver);
        await HandleAsync(gym.Tenant.Id, toSign);
        await HandleAsync(gym.Tenant.Id, toSign);

        var notification = (await NotificationsAsync(gym.Tenant.Id, gym.MemberA)).ShouldHaveSingleItem();
        notification.Kind.ShouldBe(NotificationKind.FormToSign);
        notification.Title.ShouldBe("Please sign: Barbell waiver");
        notification.LinkEntityType.ShouldBe("LegalDocument");
        notification.LinkEntityId.ShouldBe(document.Id);
        (await DeliveriesAsync(gym.Tenant.Id, gym.MemberA)).ShouldHaveSingleItem().SourceKey.ShouldBe(NotificationSourceKeys.DocumentToSign(v2.Id));
        (await NotificationsAsync(gym.Tenant.Id, gym.MemberB)).ShouldBeEmpty();

        // A member who already signed the new version is not asked again; a version that keeps older signatures asks nobody.
        await _legal.SignAsync(gym.Tenant, gym.MemberA, v2);
        await _legal.PublishAsync(gym.Tenant, document.Id, "# Barbell waiver\n\nVersion 3: typo.", LegalResignPolicy.OnlyNewSigners);
        (await OutboxEvents.ReadAsync<LegalDocumentToSignEto>(fixture, gym.Tenant.Id, "Forms.LegalDocumentToSign.v1")).Count.ShouldBe(1);
    }

    [Fact]
    public async Task ReminderJob_RunTwiceInParallelAndAgain_OneCheckInReminder_ARescheduleRemindsAgain()
    {
        var gym = await _bookings.CreateGymAsync(capacity: 5, startsAtUtc: Soon(60));
        var member = (await _bookings.CreateBookedMembersAsync(gym, 1))[0];
        var booking = (await _bookings.AsMemberAsync<IBookingAppService, PagedResultDto<BookingDto>>(gym.Tenant, member, s => s.GetListAsync(new GetBookingListInput()))).Items.Single();

        await Task.WhenAll(RunReminderJobAsync(gym), RunReminderJobAsync(gym));
        await RunReminderJobAsync(gym);
        await DeliverRemindersAsync(gym);
        await DeliverRemindersAsync(gym); // the same events again

        var reminder = (await NotificationsAsync(gym.Tenant.Id, member)).ShouldHaveSingleItem();
        reminder.Kind.ShouldBe(NotificationKind.CheckInReminder);
        reminder.Category.ShouldBe(NotificationCategory.Reminders);
        reminder.LinkEntityType.ShouldBe("Booking");
        reminder.LinkEntityId.ShouldBe(booking.Id);
        (await DeliveriesAsync(gym.Tenant.Id, member)).ShouldHaveSingleItem().SourceKey.ShouldBe(NotificationSourceKeys.CheckInReminder(booking.Id, gym.Session.StartsAtUtc));

        var moved = Soon(100);
        await _bookings.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.UpdateAsync(gym.Session.Id, new UpdateClassSessionDto
        {
            LocationId = gym.Location.Id, StartsAtUtc = moved, DurationMinutes = 60, Capacity = 5,
        }));
        await RunReminderJobAsync(gym);
        await DeliverRemindersAsync(gym);

        var reminders = (await NotificationsAsync(gym.Tenant.Id, member)).Where(n => n.Kind == NotificationKind.CheckInReminder).ToList();
        reminders.Count.ShouldBe(2);
        (await DeliveriesAsync(gym.Tenant.Id, member)).Where(d => d.Kind == NotificationKind.CheckInReminder).Select(d => d.SourceKey)
            .ShouldBe([NotificationSourceKeys.CheckInReminder(booking.Id, gym.Session.StartsAtUtc), NotificationSourceKeys.CheckInReminder(booking.Id, moved)], ignoreOrder: true);
    }

    // Whole seconds from now, so the instants compare equal after a round trip through either database.
    private static DateTime Soon(int minutes)
    {
        var at = DateTime.UtcNow.AddMinutes(minutes);
        return new DateTime(at.Ticks - (at.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }

    private async Task RunReminderJobAsync(Gym gym)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(gym.Tenant.Id);
        await using var scope = fixture.CreateScope();
        await scope.ServiceProvider.GetRequiredService<BookingReminderJob>().ExecuteAsync(new BookingReminderArgs(), TestContext.Current.CancellationToken);
    }

    // Every reminder event in the gym's outbox, handled by the notifications pipeline as the bus would deliver them.
    private async Task DeliverRemindersAsync(Gym gym)
    {
        foreach (var reminder in await OutboxEvents.ReadAsync<BookingReminderDueEto>(fixture, gym.Tenant.Id, "Bookings.BookingReminderDue.v1"))
        {
            await HandleAsync(gym.Tenant.Id, reminder);
        }
    }

    private async Task HandleAsync<TEto>(Guid tenantId, TEto eventData)
        where TEto : class
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = fixture.CreateScope();
        var handler = scope.ServiceProvider.GetServices<IDistributedEventHandler<TEto>>().Single(h => h is NotificationEventHandler);
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        await handler.HandleEventAsync(eventData);
        await unitOfWork.CompleteAsync();
    }

    private async Task<IReadOnlyList<NotificationDto>> NotificationsAsync(Guid tenantId, Guid member)
    {
        using var _ = fixture.RunAs(tenantId, member, "test-user", IdentityConsts.MemberRole);
        await using var scope = fixture.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<INotificationAppService>().GetListAsync(new GetMyNotificationsInput { MaxResultCount = 50 })).Items;
    }

    private async Task<List<NotificationEmailDelivery>> DeliveriesAsync(Guid tenantId, Guid member)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = fixture.CreateScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        var db = await scope.ServiceProvider.GetRequiredService<Framework.EntityFrameworkCore.IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
        var deliveries = await db.Set<NotificationEmailDelivery>().AsNoTracking().Where(d => d.RecipientUserId == member).OrderBy(d => d.CreatedAtUtc).ToListAsync();
        await unitOfWork.CompleteAsync();
        return deliveries;
    }
}
