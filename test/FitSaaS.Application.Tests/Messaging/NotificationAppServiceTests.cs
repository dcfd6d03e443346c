using FitSaaS.Billing;
using FitSaaS.Bookings;
using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Emailing;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.PersonalData;
using FitSaaS.Framework.Uow;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Identity;
using FitSaaS.Messaging;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace FitSaaS.Application.Tests.Messaging;

/// <summary>The notifications pipeline from other modules' events to the member's in-app list and e-mail deliveries.</summary>
public abstract class NotificationAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : NotificationAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : NotificationAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    [Fact]
    public async Task EveryEventKind_ProducesItsNotification_NewestFirst()
    {
        var gym = await NewGymAsync();
        var m = gym.MemberA;
        var now = DateTime.UtcNow;
        await HandleAsync(gym, new BookingConfirmedEto { BookingId = Guid.NewGuid(), MemberUserId = m, SessionStartsAtUtc = now.AddDays(1), SessionDurationMinutes = 60, OccurredAtUtc = now });
        await HandleAsync(gym, new BookingConfirmedEto { BookingId = Guid.NewGuid(), MemberUserId = m, SessionStartsAtUtc = now.AddDays(1), SessionDurationMinutes = 45, WasPromoted = true, OccurredAtUtc = now });
        await HandleAsync(gym, new ClassSessionCancelledEto { ClassSessionId = Guid.NewGuid(), StartsAtUtc = now.AddDays(2), Reason = "Coach ill", MemberUserIds = [m, gym.MemberB] });
        await HandleAsync(gym, new ClassSessionRescheduledEto { ClassSessionId = Guid.NewGuid(), PreviousStartsAtUtc = now.AddDays(3), StartsAtUtc = now.AddDays(4), DurationMinutes = 60, MemberUserIds = [m] });
        await HandleAsync(gym, new CardChargeUpcomingEto { InvoiceId = Guid.NewGuid(), MemberUserId = m, Attempt = 2, Amount = 4900, Currency = "EUR", ChargeAtUtc = now.AddDays(1) });
        await HandleAsync(gym, new CardPaymentFailedEto { InvoiceId = Guid.NewGuid(), MemberUserId = m, Attempt = 1, Amount = 4900, Currency = "EUR", CardUpdateRequired = true });
        await HandleAsync(gym, new InvoicePaidEto { InvoiceId = Guid.NewGuid(), Number = "2026-000007", MemberUserId = m, Total = 4900, Currency = "EUR", PaidAtUtc = now });
        await HandleAsync(gym, new InvoiceIssuedEto { InvoiceId = Guid.NewGuid(), Number = "2026-000008", MemberUserId = m, Total = 4900, Currency = "EUR", DueAtUtc = now.AddDays(7) });
        await HandleAsync(gym, new MembershipStatusChangedEto { MembershipId = Guid.NewGuid(), MemberUserId = m, PreviousStatus = MembershipStatus.Active, Status = MembershipStatus.PastDue, OccurredAtUtc = now });
        await HandleAsync(gym, new MembershipStatusChangedEto { MembershipId = Guid.NewGuid(), MemberUserId = m, PreviousStatus = MembershipStatus.Pending, Status = MembershipStatus.Active, OccurredAtUtc = now });
        await HandleAsync(gym, new AnnouncementDeliveredEto { AnnouncementId = Guid.NewGuid(), Title = "Holiday hours", Body = "Closed on the 25th.", RecipientUserIds = [m], PublishedAtUtc = now });

        var page = await AsMemberAsync(gym, m, s => s.GetListAsync(new GetMyNotificationsInput { MaxResultCount = 50 }));

        page.TotalCount.ShouldBe(10);
        page.Items.Select(n => n.Kind).ShouldBe(
        [
            NotificationKind.Announcement, NotificationKind.Debt, NotificationKind.InvoiceIssued, NotificationKind.PaymentSucceeded,
            NotificationKind.PaymentFailed, NotificationKind.RenewalReminder, NotificationKind.SessionRescheduled, NotificationKind.SessionCancelled,
            NotificationKind.WaitlistPromoted, NotificationKind.BookingConfirmed,
        ]);
        page.Items.Single(n => n.Kind == NotificationKind.PaymentFailed).Body.ShouldContain("Please add a new card.");
        page.Items.Single(n => n.Kind == NotificationKind.SessionCancelled).Body.ShouldContain("Coach ill");
        page.Items.Single(n => n.Kind == NotificationKind.Announcement).Title.ShouldBe("Holiday hours");
        page.Items.Single(n => n.Kind == NotificationKind.PaymentSucceeded).LinkEntityType.ShouldBe("Invoice");
        page.Items.ShouldAllBe(n => n.ReadAtUtc == null);
        (await AsMemberAsync(gym, gym.MemberB, s => s.GetUnreadCountAsync())).Notifications.ShouldBe(1);
    }

    [Fact]
    public async Task SameFailedPayment_PublishedTwice_OneInAppAndOneEmail()
    {
        var gym = await NewGymAsync();
        var failed = new CardPaymentFailedEto { InvoiceId = Guid.NewGuid(), MemberUserId = gym.MemberA, Attempt = 1, Amount = 2500, Currency = "USD", NextAttemptAtUtc = DateTime.UtcNow.AddDays(3) };

        await HandleAsync(gym, failed);
        await HandleAsync(gym, failed);
        await HandleAsync(gym, new CardPaymentFailedEto { InvoiceId = failed.InvoiceId, MemberUserId = gym.MemberA, Attempt = 2, Amount = 2500, Currency = "USD" });

        var page = await AsMemberAsync(gym, gym.MemberA, s => s.GetListAsync(new GetMyNotificationsInput()));
        page.TotalCount.ShouldBe(2);
        var deliveries = await DeliveriesAsync(gym, gym.MemberA);
        deliveries.Count.ShouldBe(2);
        deliveries.ShouldAllBe(d => !d.Skipped && d.DeferredUntilUtc == null);
        deliveries.Select(d => d.Subject).ShouldAllBe(s => s == "Payment of 25.00 USD failed");

        // The e-mail job the dispatcher queued after the commit (the job engine may have run it already), run again twice
        // (a retry, a duplicate): one e-mail per delivery, each sent once.
        var ids = deliveries.Select(d => d.Id).ToArray();
        await RunEmailJobAsync(gym, ids);
        var sent = await DeliveriesAsync(gym, gym.MemberA);
        sent.ShouldAllBe(d => d.SentAtUtc != null && !d.Skipped);
        await RunEmailJobAsync(gym, ids);
        (await DeliveriesAsync(gym, gym.MemberA)).Select(d => d.SentAtUtc).ShouldBe(sent.Select(d => d.SentAtUtc));
        var messageIds = sent.Select(d => d.MessageId).ToHashSet();
        TestMailbox.ReadPickupDirectory(fixture.Database.MailDirectory, "member-a@example.test")
            .Count(m => m.MessageId is { } id && messageIds.Contains(id)).ShouldBe(2);
    }

    [Fact]
    public async Task MembershipRenewalUpcoming_DeliveredTwice_OneReminderNamingPlanDateAmountAndCard_AndTheNextPeriodRemindsAgain()
    {
        var gym = await NewGymAsync();
        var renewal = new MembershipRenewalUpcomingEto
        {
            MembershipId = Guid.NewGuid(), MemberUserId = gym.MemberA, PlanId = Guid.NewGuid(), PlanName = "Unlimited monthly", RenewsOn = new DateOnly(2027, 1, 15),
            TimeZoneId = "America/New_York", Amount = 8900, Currency = "USD", ChargedToSavedCard = true, OccurredAtUtc = DateTime.UtcNow,
        };

        await HandleAsync(gym, renewal);
        await HandleAsync(gym, renewal);
        var once = await AsMemberAsync(gym, gym.MemberA, s => s.GetListAsync(new GetMyNotificationsInput()));
        await HandleAsync(gym, new MembershipRenewalUpcomingEto
        {
            MembershipId = renewal.MembershipId, MemberUserId = gym.MemberB, PlanId = renewal.PlanId, PlanName = "Unlimited monthly", RenewsOn = new DateOnly(2027, 1, 15),
            TimeZoneId = "America/New_York", Amount = 8900, Currency = "USD", ChargedToSavedCard = false, OccurredAtUtc = DateTime.UtcNow,
        });
        await HandleAsync(gym, new MembershipRenewalUpcomingEto
        {
            MembershipId = renewal.MembershipId, MemberUserId = gym.MemberA, PlanId = renewal.PlanId, PlanName = "Unlimited monthly", RenewsOn = new DateOnly(2027, 2, 15),
            TimeZoneId = "America/New_York", Amount = 8900, Currency = "USD", ChargedToSavedCard = true, OccurredAtUtc = DateTime.UtcNow,
        });

        var reminder = once.Items.ShouldHaveSingleItem();
        reminder.ShouldSatisfyAllConditions(
            n => n.Kind.ShouldBe(NotificationKind.RenewalReminder),
            n => n.Title.ShouldBe("Unlimited monthly renews on 2027-01-15"),
            n => n.Body.ShouldBe("Your membership Unlimited monthly renews on 2027-01-15 for 89.00 USD. We will charge your saved card that day; please make sure it can be charged."),
            n => (n.LinkEntityType, n.LinkEntityId).ShouldBe(("Membership", (Guid?)renewal.MembershipId)));
        (await DeliveriesAsync(gym, gym.MemberA)).Count.ShouldBe(2, "one e-mail per period end");
        (await AsMemberAsync(gym, gym.MemberB, s => s.GetListAsync(new GetMyNotificationsInput()))).Items.ShouldHaveSingleItem().Body
            .ShouldBe("Your membership Unlimited monthly renews on 2027-01-15 for 89.00 USD. Its invoice will be issued that day.");
    }

    [Fact]
    public async Task CardChargeUpcoming_OfADunningRetry_KeepsItsCardWording()
    {
        var gym = await NewGymAsync();

        await HandleAsync(gym, new CardChargeUpcomingEto { InvoiceId = Guid.NewGuid(), MemberUserId = gym.MemberA, Attempt = 2, Amount = 4900, Currency = "EUR", ChargeAtUtc = new DateTime(2027, 1, 16, 9, 30, 0, DateTimeKind.Utc) });

        var reminder = (await AsMemberAsync(gym, gym.MemberA, s => s.GetListAsync(new GetMyNotificationsInput()))).Items.ShouldHaveSingleItem();
        reminder.Title.ShouldBe("Your card will be charged 49.00 EUR");
        reminder.Body.ShouldStartWith("We will charge 49.00 EUR to your saved card on 2027-01-16 ");
    }

    [Fact]
    public async Task AnnouncementBatch_DeliveredTwice_OneNotificationPerRecipient()
    {
        var gym = await NewGymAsync();
        var batch = new AnnouncementDeliveredEto { AnnouncementId = Guid.NewGuid(), Title = "New timetable", Body = "From Monday.", RecipientUserIds = [gym.MemberA, gym.MemberB, gym.MemberA], PublishedAtUtc = DateTime.UtcNow };

        await HandleAsync(gym, batch);
        await HandleAsync(gym, batch);

        (await AsMemberAsync(gym, gym.MemberA, s => s.GetUnreadCountAsync())).Notifications.ShouldBe(1);
        (await AsMemberAsync(gym, gym.MemberB, s => s.GetUnreadCountAsync())).Notifications.ShouldBe(1);
        (await DeliveriesAsync(gym, gym.MemberB)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task EmailJob_FailingMidway_KeepsWhatItSent_AndARetryRunTwiceAtOnce_SendsTheRestOnce()
    {
        var gym = await NewGymAsync();
        var nowUtc = DateTime.UtcNow;
        Guid[] recipients = [gym.MemberA, gym.MemberB, gym.Coach];
        foreach (var user in recipients)
        {
            // Quiet hours now: the deliveries' job waits hours, so only this test's runs send them.
            await AsPreferencesAsync(gym, user, s => s.UpdateMineAsync(new UpdateNotificationPreferenceDto
            {
                QuietHoursStart = nowUtc.AddHours(-1).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                QuietHoursEnd = nowUtc.AddHours(2).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                TimeZoneId = "Etc/UTC",
            }));
        }

        await HandleAsync(gym, new AnnouncementDeliveredEto { AnnouncementId = Guid.NewGuid(), Title = "Pool closed", Body = "Until Friday.", RecipientUserIds = recipients, PublishedAtUtc = nowUtc });
        var ids = new List<Guid>();
        foreach (var user in recipients)
        {
            ids.Add((await DeliveriesAsync(gym, user)).ShouldHaveSingleItem().Id);
        }

        var failing = new RecordingEmailDelivery(failOnCall: 2);
        await Should.ThrowAsync<IOException>(() => RunEmailJobAsync(gym, failing, ids));
        failing.Delivered.Count.ShouldBe(1);
        var afterFailure = new List<NotificationEmailDelivery>();
        foreach (var user in recipients)
        {
            afterFailure.AddRange(await DeliveriesAsync(gym, user));
        }

        afterFailure.Count(d => d.SentAtUtc != null).ShouldBe(1); // what was sent before the failure stays recorded
        afterFailure.Single(d => d.SentAtUtc != null).MessageId.ShouldBe(failing.Delivered.Single());

        var retry = new RecordingEmailDelivery(failOnCall: 0);
        await Task.WhenAll(RunEmailJobAsync(gym, retry, ids), RunEmailJobAsync(gym, retry, ids));
        retry.Delivered.Count.ShouldBe(2);
        retry.Delivered.ShouldNotContain(failing.Delivered.Single());
        foreach (var user in recipients)
        {
            (await DeliveriesAsync(gym, user)).ShouldHaveSingleItem().SentAtUtc.ShouldNotBeNull();
        }
    }

    [Fact]
    public async Task HandlerFailingAfterTheInsert_RollsBack_AndTheRetryNotifiesOnce()
    {
        var gym = await NewGymAsync();
        var paid = new InvoicePaidEto { InvoiceId = Guid.NewGuid(), Number = "2026-000001", MemberUserId = gym.MemberA, Total = 1000, Currency = "EUR", PaidAtUtc = DateTime.UtcNow };

        await Should.ThrowAsync<InvalidOperationException>(() => HandleAsync(gym, paid, failAfterHandling: true));
        (await AsMemberAsync(gym, gym.MemberA, s => s.GetUnreadCountAsync())).Notifications.ShouldBe(0);
        (await DeliveriesAsync(gym, gym.MemberA)).ShouldBeEmpty();

        await HandleAsync(gym, paid);
        (await AsMemberAsync(gym, gym.MemberA, s => s.GetUnreadCountAsync())).Notifications.ShouldBe(1);
        (await DeliveriesAsync(gym, gym.MemberA)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task OptOutsLanguageAndQuietHours_ApplyPerMember()
    {
        var gym = await NewGymAsync();
        var nowUtc = DateTime.UtcNow;
        await AsPreferencesAsync(gym, gym.MemberA, s => s.UpdateMineAsync(new UpdateNotificationPreferenceDto
        {
            EmailOptOuts = [NotificationCategory.Bookings, NotificationCategory.Billing], Language = "es",
        }));
        var quiet = await AsPreferencesAsync(gym, gym.MemberB, s => s.UpdateMineAsync(new UpdateNotificationPreferenceDto
        {
            QuietHoursStart = nowUtc.AddHours(-1).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            QuietHoursEnd = nowUtc.AddHours(2).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            TimeZoneId = "Etc/UTC",
        }));
        quiet.TimeZoneId.ShouldBe("Etc/UTC");

        await HandleAsync(gym, new BookingConfirmedEto { BookingId = Guid.NewGuid(), MemberUserId = gym.MemberA, SessionStartsAtUtc = nowUtc.AddDays(1), SessionDurationMinutes = 60, OccurredAtUtc = nowUtc });
        await HandleAsync(gym, new InvoiceIssuedEto { InvoiceId = Guid.NewGuid(), Number = "2026-000009", MemberUserId = gym.MemberA, Total = 100, Currency = "EUR", DueAtUtc = nowUtc });
        await HandleAsync(gym, new BookingConfirmedEto { BookingId = Guid.NewGuid(), MemberUserId = gym.MemberB, SessionStartsAtUtc = nowUtc.AddDays(1), SessionDurationMinutes = 60, OccurredAtUtc = nowUtc });

        var spanish = await AsMemberAsync(gym, gym.MemberA, s => s.GetListAsync(new GetMyNotificationsInput()));
        spanish.Items.Select(n => n.Title).ShouldAllBe(t => t.StartsWith("Reserva confirmada", StringComparison.Ordinal) || t.StartsWith("Factura", StringComparison.Ordinal));
        (await DeliveriesAsync(gym, gym.MemberA)).ShouldHaveSingleItem().Kind.ShouldBe(NotificationKind.InvoiceIssued); // Billing is transactional
        var deferred = (await DeliveriesAsync(gym, gym.MemberB)).ShouldHaveSingleItem();
        deferred.SentAtUtc.ShouldBeNull();
        deferred.DeferredUntilUtc.ShouldNotBeNull();
        deferred.DeferredUntilUtc.Value.ShouldBeGreaterThan(nowUtc.AddHours(1));
        (await AsMemberAsync(gym, gym.MemberB, s => s.GetUnreadCountAsync())).Notifications.ShouldBe(1); // in-app at once

        await RunEmailJobAsync(gym, deferred.Id);
        var sent = (await DeliveriesAsync(gym, gym.MemberB)).ShouldHaveSingleItem();
        sent.SentAtUtc.ShouldNotBeNull();
        await RunEmailJobAsync(gym, deferred.Id);
        (await DeliveriesAsync(gym, gym.MemberB)).ShouldHaveSingleItem().SentAtUtc.ShouldBe(sent.SentAtUtc);
    }

    [Fact]
    public async Task MarkReadAndMarkAllRead_OnlyTheCallersNotifications()
    {
        var gym = await NewGymAsync();
        var other = await NewGymAsync();
        await HandleAsync(gym, new ClassSessionCancelledEto { ClassSessionId = Guid.NewGuid(), StartsAtUtc = DateTime.UtcNow, Reason = "Storm", MemberUserIds = [gym.MemberA, gym.MemberB] });
        await HandleAsync(gym, new ClassSessionCancelledEto { ClassSessionId = Guid.NewGuid(), StartsAtUtc = DateTime.UtcNow, Reason = "Storm", MemberUserIds = [gym.MemberA] });
        var mine = (await AsMemberAsync(gym, gym.MemberA, s => s.GetListAsync(new GetMyNotificationsInput()))).Items;
        var theirs = (await AsMemberAsync(gym, gym.MemberB, s => s.GetListAsync(new GetMyNotificationsInput()))).Items.Single();

        var read = await AsMemberAsync(gym, gym.MemberA, s => s.MarkReadAsync(mine[0].Id));
        read.ReadAtUtc.ShouldNotBeNull();
        (await AsMemberAsync(gym, gym.MemberA, s => s.GetListAsync(new GetMyNotificationsInput { UnreadOnly = true }))).Items.ShouldHaveSingleItem().Id.ShouldBe(mine[1].Id);
        await Should.ThrowAsync<EntityNotFoundException>(() => AsMemberAsync(gym, gym.MemberA, s => s.MarkReadAsync(theirs.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsMemberAsync(other, other.MemberA, s => s.MarkReadAsync(mine[1].Id)));
        (await AsMemberAsync(other, other.MemberA, s => s.GetListAsync(new GetMyNotificationsInput()))).TotalCount.ShouldBe(0);

        (await AsMemberAsync(gym, gym.MemberA, s => s.MarkAllReadAsync())).Notifications.ShouldBe(0);
        (await AsMemberAsync(gym, gym.MemberB, s => s.GetUnreadCountAsync())).Notifications.ShouldBe(1);
    }

    [Fact]
    public async Task Preferences_DefaultsValidationAndStaffRead()
    {
        var gym = await NewGymAsync();
        var defaults = await AsPreferencesAsync(gym, gym.MemberA, s => s.GetMineAsync());
        defaults.EmailOptOuts.ShouldBeEmpty();
        defaults.QuietHoursStart.ShouldBeNull();
        defaults.AvailableLanguages.ShouldBe(["en", "es"]);

        (await Should.ThrowAsync<BusinessException>(() => AsPreferencesAsync(gym, gym.MemberA, s => s.UpdateMineAsync(new UpdateNotificationPreferenceDto { TimeZoneId = "Mars/Olympus" })))).Code
            .ShouldBe(MessagingErrorCodes.InvalidTimeZone);
        (await Should.ThrowAsync<BusinessException>(() => AsPreferencesAsync(gym, gym.MemberA, s => s.UpdateMineAsync(new UpdateNotificationPreferenceDto { Language = "tlh" })))).Code
            .ShouldBe(MessagingErrorCodes.UnsupportedLanguage);
        await Should.ThrowAsync<FitSaaSValidationException>(() => AsPreferencesAsync(gym, gym.MemberA, s => s.UpdateMineAsync(new UpdateNotificationPreferenceDto { QuietHoursStart = "25:00", QuietHoursEnd = "07:00" })));
        await Should.ThrowAsync<FitSaaSValidationException>(() => AsPreferencesAsync(gym, gym.MemberA, s => s.UpdateMineAsync(new UpdateNotificationPreferenceDto { QuietHoursStart = "22:00" })));

        var saved = await AsPreferencesAsync(gym, gym.MemberA, s => s.UpdateMineAsync(new UpdateNotificationPreferenceDto
        {
            EmailOptOuts = [NotificationCategory.Announcements], QuietHoursStart = "22:00", QuietHoursEnd = "07:00", TimeZoneId = "Europe/Madrid", Language = "es",
        }));
        var asStaff = await AsAsync<INotificationPreferenceAppService, NotificationPreferenceDto>(gym.Tenant.Id, gym.Coach, IdentityConsts.StaffRole, s => s.GetAsync(gym.MemberA));
        asStaff.ShouldBeEquivalentTo(saved);
        asStaff.QuietHoursStart.ShouldBe("22:00");
        await Should.ThrowAsync<AuthorizationException>(() => AsPreferencesAsync(gym, gym.MemberB, s => s.GetAsync(gym.MemberA)));
        var other = await NewGymAsync();
        await Should.ThrowAsync<EntityNotFoundException>(() => AsAsync<INotificationPreferenceAppService, NotificationPreferenceDto>(other.Tenant.Id, other.Coach, IdentityConsts.StaffRole, s => s.GetAsync(gym.MemberA)));
    }

    [Fact]
    public async Task MessagingOff_EventsNotifyNobody()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Studio);
        var member = await fixture.CreateUserAsync(tenant.Id, "member-a", IdentityConsts.MemberRole);
        var gym = new Gym(tenant, member, member, member);

        await HandleAsync(gym, new InvoicePaidEto { InvoiceId = Guid.NewGuid(), Number = "1", MemberUserId = member, Total = 1, Currency = "EUR", PaidAtUtc = DateTime.UtcNow });

        (await DeliveriesAsync(gym, member)).ShouldBeEmpty();
        await Should.ThrowAsync<Exception>(() => AsMemberAsync(gym, member, s => s.GetUnreadCountAsync()));
    }

    [Fact]
    public async Task PersonalData_ExportsAndErasesTheMembersNotificationsOnly()
    {
        var gym = await NewGymAsync();
        await AsPreferencesAsync(gym, gym.MemberA, s => s.UpdateMineAsync(new UpdateNotificationPreferenceDto { Language = "es" }));
        await HandleAsync(gym, new ClassSessionCancelledEto { ClassSessionId = Guid.NewGuid(), StartsAtUtc = DateTime.UtcNow, Reason = "Flood", MemberUserIds = [gym.MemberA, gym.MemberB] });

        var export = System.Text.Json.JsonSerializer.Serialize(await InTenantAsync(gym, sp => Handler(sp).ExportAsync(gym.MemberA)));
        var erased = await InTenantAsync(gym, sp => Handler(sp).EraseAsync(gym.MemberA));
        var again = await InTenantAsync(gym, sp => Handler(sp).EraseAsync(gym.MemberA));

        export.ShouldContain("Flood");
        export.ShouldContain("\"es\"");
        erased.ShouldBe(new PersonalDataErasureResult(3, 0, 0, null));
        again.ShouldBe(PersonalDataErasureResult.Nothing);
        (await InTenantAsync(gym, sp => Handler(sp).ExportAsync(gym.MemberA))).ShouldBeNull();
        (await AsMemberAsync(gym, gym.MemberB, s => s.GetUnreadCountAsync())).Notifications.ShouldBe(1);
    }

    private static IPersonalDataHandler Handler(IServiceProvider sp) =>
        sp.GetServices<IPersonalDataHandler>().Single(h => h.Area == "Messaging.Notifications");

    private async Task HandleAsync<TEto>(Gym gym, TEto eventData, bool failAfterHandling = false)
        where TEto : class
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(gym.Tenant.Id);
        await using var scope = fixture.CreateScope();
        var handler = scope.ServiceProvider.GetServices<IDistributedEventHandler<TEto>>().Single(h => h is NotificationEventHandler);
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        await handler.HandleEventAsync(eventData);
        if (failAfterHandling)
        {
            throw new InvalidOperationException("The handler failed after storing its notifications.");
        }

        await unitOfWork.CompleteAsync();
    }

    private Task RunEmailJobAsync(Gym gym, params Guid[] deliveryIds) =>
        InTenantAsync(gym, async sp =>
        {
            await sp.GetRequiredService<NotificationEmailJob>().ExecuteAsync(new NotificationEmailArgs(deliveryIds), CancellationToken.None);
            return 0;
        });

    private Task RunEmailJobAsync(Gym gym, RecordingEmailDelivery recorder, IReadOnlyList<Guid> deliveryIds) =>
        InTenantAsync(gym, async sp =>
        {
            var job = new NotificationEmailJob(sp.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, NullLogger<NotificationEmailJob>.Instance, recorder.Around);
            await job.ExecuteAsync(new NotificationEmailArgs(deliveryIds), CancellationToken.None);
            return 0;
        });

    private Task<List<NotificationEmailDelivery>> DeliveriesAsync(Gym gym, Guid userId) =>
        InTenantAsync(gym, async sp =>
        {
            var db = await sp.GetRequiredService<Framework.EntityFrameworkCore.IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
            return await db.Set<NotificationEmailDelivery>().AsNoTracking().Where(d => d.RecipientUserId == userId).OrderBy(d => d.CreatedAtUtc).ToListAsync();
        });

    private async Task<T> InTenantAsync<T>(Gym gym, Func<IServiceProvider, Task<T>> action)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(gym.Tenant.Id);
        await using var scope = fixture.CreateScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        var result = await action(scope.ServiceProvider);
        await unitOfWork.CompleteAsync();
        return result;
    }

    private async Task<Gym> NewGymAsync()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Pro);
        await MessagingTestLanguages.OfferAsync(fixture, tenant.Id, "en,es");
        var memberA = await fixture.CreateUserAsync(tenant.Id, "member-a", IdentityConsts.MemberRole);
        var memberB = await fixture.CreateUserAsync(tenant.Id, "member-b", IdentityConsts.MemberRole);
        var coach = await fixture.CreateUserAsync(tenant.Id, "coach", IdentityConsts.StaffRole);
        return new Gym(tenant, memberA, memberB, coach);
    }

    private Task<T> AsMemberAsync<T>(Gym gym, Guid member, Func<INotificationAppService, Task<T>> action) =>
        AsAsync(gym.Tenant.Id, member, IdentityConsts.MemberRole, action);

    private Task<T> AsPreferencesAsync<T>(Gym gym, Guid member, Func<INotificationPreferenceAppService, Task<T>> action) =>
        AsAsync(gym.Tenant.Id, member, IdentityConsts.MemberRole, action);

    private async Task<T> AsAsync<TService, T>(Guid? tenantId, Guid userId, string role, Func<TService, Task<T>> action)
        where TService : notnull
    {
        using var _ = fixture.RunAs(tenantId, userId, "test-user", role);
        await using var scope = fixture.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>The real delivery, recording each Message-Id delivered; the <c>failOnCall</c>-th call (1-based; 0 never) fails as an unreachable server would.</summary>
    private sealed class RecordingEmailDelivery(int failOnCall)
    {
        private readonly int _failOnCall = failOnCall;
        private int _calls;

        public System.Collections.Concurrent.ConcurrentBag<string> Delivered { get; } = [];

        public IEmailDelivery Around(IEmailDelivery inner) => new Recording(this, inner);

        private sealed class Recording(RecordingEmailDelivery owner, IEmailDelivery inner) : IEmailDelivery
        {
            public async Task DeliverAsync(EmailMessage message, string messageId, CancellationToken cancellationToken = default)
            {
                if (Interlocked.Increment(ref owner._calls) == owner._failOnCall)
                {
                    throw new IOException("The mail server could not be reached.");
                }

                await inner.DeliverAsync(message, messageId, cancellationToken);
                owner.Delivered.Add(messageId);
            }
        }
    }

    private sealed record Gym(TestTenant Tenant, Guid MemberA, Guid MemberB, Guid Coach);
}
